package org.liandong.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.ReportDetails;

/**
 * The aggregate knows nothing of HTTP, storage or Kafka; the API knows nothing of the latter two.
 */
@AnalyzeClasses(
    packages = "org.liandong.command",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

  @ArchTest
  static final ArchRule aggregateIsPlainDomain =
      noClasses()
          .that()
          .resideInAPackage("..command.campaign..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework.web..",
              "org.apache.kafka..",
              "com.mongodb..",
              "..command.api..",
              "..command.eventstore..",
              "..command.publishing..");

  @ArchTest
  static final ArchRule apiDoesNotReachInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("..command.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..command.eventstore..", "..command.publishing..", "org.apache.kafka..");

  @ArchTest
  static final ArchRule queriesAreNotReachable =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.liandong.query..");

  /**
   * A new kind of report is recorded, routed and fingerprinted with no change here (ADR 0016): only
   * the upcaster of the first revision of two kinds names them.
   */
  @ArchTest
  static final ArchRule kindsOfReportAreNotNamed =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.liandong.command.eventstore.LateFlagUpcaster")
          .should()
          .dependOnClassesThat(
              new DescribedPredicate<>("a kind of field report") {
                @Override
                public boolean test(JavaClass type) {
                  return (type.isAssignableTo(FieldReport.class)
                          && !type.isEquivalentTo(FieldReport.class))
                      || (type.isAssignableTo(ReportDetails.class)
                          && !type.isEquivalentTo(ReportDetails.class));
                }
              });

  /** Packages are layers or features, never a ring: each can be read and changed on its own. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.liandong.command.(*)..").should().beFreeOfCycles();
}
