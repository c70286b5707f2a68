package org.liandong.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.liandong.model.event.DomainEvent;
import org.liandong.model.event.EventRevision;

/** The contract is published to every side and to outside readers: it stays plain. */
@AnalyzeClasses(
    packages = "org.liandong.model",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

  /** A department's own system reads the topic with the contract and no framework of ours. */
  @ArchTest
  static final ArchRule noFramework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.axonframework..", "com.mongodb..");

  @ArchTest
  static final ArchRule noSideDependsOnIt =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.liandong.command..", "org.liandong.query..");

  @ArchTest
  static final ArchRule eventsAreRecordsWithARevision =
      classes()
          .that()
          .implement(DomainEvent.class)
          .and()
          .areNotInterfaces()
          .should()
          .beRecords()
          .andShould()
          .beAnnotatedWith(EventRevision.class);

  @ArchTest
  static final ArchRule commandsAreRecords =
      classes()
          .that()
          .haveSimpleNameEndingWith("Command")
          .and()
          .areNotInterfaces()
          .should()
          .beRecords();

  /** Concepts of the contract, never a ring: each can be read on its own. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.liandong.model.(*)..").should().beFreeOfCycles();
}
