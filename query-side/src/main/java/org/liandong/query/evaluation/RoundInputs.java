package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.Tally;
import org.liandong.model.reference.RegionalFigures;
import org.liandong.query.cases.CaseFileView;
import org.liandong.query.history.TaskLedger.TaskState;

/**
 * What a scheme's computed indicators read, region by region, from what was recorded by the round's
 * cut-off: each indicator's figure, the figure it is scored on (set against the region's size when
 * the indicator asks), and the reports, tasks or case transfers behind it, which add up to it.
 */
final class RoundInputs {

  /**
   * What was recorded by the cut-off, read once per request and shared by every scheme applied: the
   * reports and tasks as they stood then, the case files as they stand now (their stages carry when
   * each was decided).
   */
  record Recorded(
      Instant cutOff, List<FieldReport> reports, List<TaskState> tasks, List<CaseFileView> cases) {}

  /**
   * One thing behind a figure: a report ({@code campaignId/reportId}), a task ({@code
   * campaignId/taskId}) or a case's transfer ({@code caseId/stage}), what it adds and when it
   * happened.
   */
  record Source(String kind, String id, DepartmentCode department, String on, BigDecimal adds) {}

  private final Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
  private final Map<String, Map<String, BigDecimal>> scored = new LinkedHashMap<>();
  private final Map<String, Map<String, List<Source>>> sources = new LinkedHashMap<>();

  private RoundInputs() {}

  static RoundInputs of(Scheme scheme, Set<String> regions, int year, Recorded recorded) {
    RoundInputs inputs = new RoundInputs();
    for (Indicator indicator : computed(scheme)) {
      Map<String, List<Source>> byRegion = new TreeMap<>();
      regions.forEach(region -> byRegion.put(region, new ArrayList<>()));
      if (indicator.figure() != null) {
        reports(indicator.figure(), year, recorded.reports(), byRegion);
      } else {
        tallies(indicator.tally(), recorded, byRegion);
      }
      inputs.add(indicator, byRegion, year);
    }
    return inputs;
  }

  private void add(Indicator indicator, Map<String, List<Source>> byRegion, int year) {
    Map<String, BigDecimal> figure = new TreeMap<>();
    Map<String, BigDecimal> rate = new TreeMap<>();
    byRegion.forEach(
        (region, behind) -> {
          behind.sort(Comparator.comparing(Source::id));
          BigDecimal sum =
              behind.stream().map(Source::adds).reduce(BigDecimal.ZERO, BigDecimal::add);
          figure.put(region, sum);
          rate.put(
              region,
              indicator.per() == null
                  ? sum
                  : indicator
                      .per()
                      .apply(sum, RegionalFigures.instance().year(year).orElseThrow(), region));
        });
    figures.put(indicator.code(), figure);
    scored.put(indicator.code(), rate);
    sources.put(indicator.code(), byRegion);
  }

  /** Each region's figure of the indicator as recorded (money in yuan). */
  BigDecimal figure(String code, String region) {
    return figures.get(code).get(region);
  }

  /** The figures of every region the indicator is scored on. */
  Map<String, BigDecimal> scored(String code) {
    return scored.get(code);
  }

  /** What is behind a region's figure of the indicator; empty for an assessed one. */
  List<Source> sources(String code, String region) {
    return sources.getOrDefault(code, Map.of()).getOrDefault(region, List.of());
  }

  private static List<Indicator> computed(Scheme scheme) {
    return scheme.sections().stream()
        .flatMap(section -> section.indicators().stream())
        .filter(indicator -> indicator.kind() == IndicatorKind.COMPUTED)
        .toList();
  }

  /**
   * The reports of the round's year (by the day things happened) behind a figure, by region: a
   * round of 2020 counts nothing of 2015 or 2025, however they were recorded by its cut-off.
   */
  private static void reports(
      Figure figure, int year, List<FieldReport> reports, Map<String, List<Source>> byRegion) {
    for (FieldReport report : reports) {
      if (report.occurredOn().getYear() != year) {
        continue;
      }
      Long value = report.figures().get(figure);
      // A national figure counts in no region's score.
      List<Source> behind =
          report.header().national() ? null : byRegion.get(report.region().value());
      if (value != null && behind != null) {
        behind.add(
            new Source(
                "REPORT",
                report.campaignId().value() + "/" + report.reportId().value(),
                report.department(),
                report.occurredOn().toString(),
                figure.measure() == Figure.Measure.YUAN
                    ? BigDecimal.valueOf(value, 2)
                    : BigDecimal.valueOf(value)));
      }
    }
  }

  private static void tallies(Tally tally, Recorded recorded, Map<String, List<Source>> byRegion) {
    if (tally == Tally.TRANSFERS_ACCEPTED) {
      recorded.cases().forEach(file -> transfers(file, recorded.cutOff(), byRegion));
      return;
    }
    for (TaskState task : recorded.tasks()) {
      List<Source> behind = task.region() == null ? null : byRegion.get(task.region().value());
      boolean counts = task.completed() && (tally == Tally.TASKS_COMPLETED || task.onTime());
      if (behind != null && counts && !task.cancelled()) {
        behind.add(
            new Source(
                "TASK",
                task.campaignId().value() + "/" + task.taskId().value(),
                task.department(),
                task.completedOn().toString(),
                BigDecimal.ONE));
      }
    }
  }

  /** A case's transfers accepted by the cut-off, each a stage of its own. */
  private static void transfers(
      CaseFileView file, Instant cutOff, Map<String, List<Source>> byRegion) {
    List<Source> behind = file.region() == null ? null : byRegion.get(file.region().code());
    if (behind == null) {
      return;
    }
    for (CaseFileView.Stage stage : file.stages()) {
      if (stage.outcome() == CaseFileView.Outcome.ACCEPTED && !stage.decidedAt().isAfter(cutOff)) {
        behind.add(
            new Source(
                "TRANSFER",
                file.caseId() + "/" + stage.stage(),
                new DepartmentCode(stage.to().code()),
                stage.decidedAt().toString(),
                BigDecimal.ONE));
      }
    }
  }
}
