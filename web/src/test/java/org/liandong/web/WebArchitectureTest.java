package org.liandong.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The web app reaches the sides over HTTP only: none of their classes, nor the sides' shared
 * security module; of the contract, only what names things (roles, phases, focuses, reference data)
 * and describes them (the report catalogue, whose records the report form is read from), never a
 * command or an event.
 */
@AnalyzeClasses(packages = "org.liandong.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule offTheSides =
      noClasses()
          .that()
          .resideInAPackage("org.liandong.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.liandong.command..",
              "org.liandong.query..",
              "org.liandong.access..",
              "org.liandong.deploy..",
              "org.axonframework..",
              "com.mongodb..",
              "org.apache.kafka..");

  @ArchTest
  static final ArchRule noCommandsOrEvents =
      noClasses()
          .that()
          .resideInAPackage("org.liandong.web..")
          .should()
          .dependOnClassesThat()
          .haveNameMatching("org\\.liandong\\.model\\..*(Command|Event|Launched|Seized|Assigned)$");

  @ArchTest
  static final ArchRule noCycles =
      SlicesRuleDefinition.slices().matching("org.liandong.web.(*)..").should().beFreeOfCycles();
}
