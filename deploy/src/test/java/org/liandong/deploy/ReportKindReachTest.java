package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.ReportDetails;

/**
 * Where a kind of report is named outside the published contract, in the production code of both
 * sides, the web app, access and the launcher: a new kind of report touches its record and its
 * event in the catalogue, the figures it adds and tests (ADR 0016), and no other file unless it has
 * a breakdown of its own, as goods seized by category and cases filed by right have.
 */
@DisplayName(
    "A kind of report is named outside the contract only where it has a breakdown of its own")
class ReportKindReachTest {

  @Test
  @DisplayName("the classes that name a kind or its event are exactly the known few")
  void kindsNamedOnlyWhereTheyBreakDown() {
    Set<String> kinds =
        Stream.concat(
                ReportDetails.kinds().stream(),
                Stream.of(FieldReport.class.getPermittedSubclasses()))
            .map(Class::getName)
            .collect(Collectors.toSet());
    Set<String> naming = new TreeSet<>();
    for (JavaClass origin :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.liandong")) {
      if (origin.getPackageName().startsWith("org.liandong.model")) {
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        if (kinds.contains(dependency.getTargetClass().getName())) {
          naming.add(origin.getName().replaceAll("\\$.*", ""));
        }
      }
    }
    assertThat(naming)
        .as("a class naming a kind of report: a new kind would touch it too")
        .containsExactly(
            "org.liandong.command.eventstore.LateFlagUpcaster",
            "org.liandong.query.figures.ReportIncrements",
            "org.liandong.query.reports.ReportLedgerProjection");
  }
}
