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
          .doNotHaveFullyQualifiedName("org.liandong.query.projection.ReportIncrements")
          .and()
          .doNotHaveFullyQualifiedName("org.liandong.query.reports.ReportLedgerProjection")
          .should()
          .dependOnClassesThat(KINDS_OF_REPORT);

  /**
   * Features meet through what they offer each other to read (a campaign's summaries, the ledger,
   * case files), never through another's projection or controller: each writes and serves its own
   * documents.
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
