package org.liandong.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.ReportDetails;

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
          .resideInAnyPackage("org.liandong.command..", "org.axonframework..");

  /**
   * Not only unused: absent, so that the query side deploys without the command side's framework.
   */
  @Test
  void axonIsNotOnTheClasspath() {
    assertThat(getClass().getClassLoader().getResource("org/axonframework")).isNull();
  }

  /** Packages are layers or features, never a ring: each can be read and changed on its own. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.liandong.query.(*)..").should().beFreeOfCycles();

  /** The packages of features: each writes and serves its own documents. */
  private static final String[] FEATURES = {
    "..query.campaign..",
    "..query.cases..",
    "..query.department..",
    "..query.evaluation..",
    "..query.history..",
    "..query.live..",
    "..query.reports..",
    "..query.statistics.."
  };

  /**
   * What features share (the web edge, downloads, the figures, the projection engine) serves every
   * feature alike, so it names none of them: a new feature is a package of its own, nothing more.
   */
  @ArchTest
  static final ArchRule sharedPackagesKnowNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..query.web..",
              "..query.export..",
              "..query.figures..",
              "..query.projection..",
              "..query.consuming..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES);

  @ArchTest
  static final ArchRule projectionsDoNotKnowTheWeb =
      noClasses()
          .that()
          .resideInAPackage("..query.projection..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.web..");

  private static final DescribedPredicate<JavaClass> KINDS_OF_REPORT =
      new DescribedPredicate<>("a kind of field report") {
        @Override
        public boolean test(JavaClass type) {
          return (type.isAssignableTo(FieldReport.class) && !type.isEquivalentTo(FieldReport.class))
              || (type.isAssignableTo(ReportDetails.class)
                  && !type.isEquivalentTo(ReportDetails.class));
        }
      };

  /**
   * A new kind of report is counted by its figures, with no change here (ADR 0016): only the
   * breakdowns that belong to one kind (seizures by goods category, cases by right) name it.
   */
  @ArchTest
  static final ArchRule kindsOfReportAreNotNamed =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.liandong.query.figures.ReportIncrements")
          .and()
          .doNotHaveFullyQualifiedName("org.liandong.query.reports.ReportLedgerProjection")
          .should()
          .dependOnClassesThat(KINDS_OF_REPORT);

  /**
   * Features meet through what they offer each other to read (a campaign's summaries, the ledger,
   * case files), never through another's projection, controller or stored document: each writes and
   * serves its own documents, and may change their shape without the others noticing.
   */
  @ArchTest
  static final ArchRule featuresKeepTheirInternals =
      classes()
          .that()
          .areNotInterfaces()
          .and()
          .haveSimpleNameEndingWith("Projection")
          .or()
          .haveSimpleNameEndingWith("Controller")
          .or()
          .haveSimpleNameEndingWith("Document")
          .should(
              new ArchCondition<>("be used only in their own package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                  for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(type.getPackageName())) {
                      events.add(
                          SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                  }
                }
              });
}
