package org.liandong.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Kafka is the only road from the command side: no Axon, no event store here. */
@AnalyzeClasses(
    packages = "org.liandong.query",
    importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

  @ArchTest
  static final ArchRule noCommandSide =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.liandong.command..", "org.axonframework.eventsourcing..");

  @ArchTest
  static final ArchRule projectionsDoNotKnowTheWeb =
      noClasses()
          .that()
          .resideInAPackage("..query.projection..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.web..");
}
