package org.liandong.query.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;
import org.liandong.model.campaign.Figure;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.DepartmentEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.Names;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.projection.Coverage;

/**
 * A campaign's summary as the API shows it.
 *
 * @param coverage whether the figures lack records the projection could not take in
 */
public record CampaignSummaryView(
    String campaignId,
    String name,
    String focus,
    String phase,
    ReferenceEntry leadDepartment,
    List<ReferenceEntry> participatingDepartments,
    List<ReferenceEntry> withdrawnDepartments,
    List<ReferenceEntry> regions,
    String startsOn,
    String endsOn,
    List<String> keyPoints,
    Map<String, Long> targets,
    String launchedAt,
    String closedAt,
    String summary,
    TaskCounts tasks,
    TotalsView totals,
    List<DepartmentEntry> byDepartment,
    List<RegionEntry> byRegion,
    List<CategoryEntry> byCategory,
    List<RightEntry> byRight,
    List<WeekEntry> byWeek,
    List<TargetProgress> targetsProgress,
    Coverage coverage)
    implements Tabular {

  @Override
  public String fileName() {
    return campaignId;
  }

  /** Figures (total, by department, region and week), goods by category, targets. */
  @Override
  public List<Table> tables() {
    Table.Builder figures = FigureTables.total(FigureTables.figures(), "total", totals);
    FigureTables.departments(figures, byDepartment);
    FigureTables.regions(figures, byRegion);
    FigureTables.rights(figures, byRight);
    byWeek.forEach(
        week -> figures.row("week", week.week(), null, null, Table.totals(week.totals())));
    Table.Builder targets = Table.named("targets", "indicator", "target", "reached", "percent");
    targetsProgress.forEach(
        target ->
            targets.row(target.indicator(), target.target(), target.reached(), target.percent()));
    return List.of(figures.build(), FigureTables.categories(byCategory), targets.build());
  }

  /** Totals of the reports of one ISO week, by the day things happened. */
  record WeekEntry(String week, TotalsView totals) {}

  /** A target figure against what the reports add up to so far. */
  record TargetProgress(String indicator, long target, BigDecimal reached, BigDecimal percent) {}

  /**
   * Tasks assigned, completed (on time), cancelled, and that became overdue (a task may become
   * overdue and still be completed, late).
   */
  record TaskCounts(
      long assigned, long completed, long completedOnTime, long cancelled, long overdue) {

    static TaskCounts from(Document tasks) {
      return new TaskCounts(
          count(tasks, "assigned"),
          count(tasks, "completed"),
          count(tasks, "completedOnTime"),
          count(tasks, "cancelled"),
          count(tasks, "overdue"));
    }

    private static long count(Document tasks, String key) {
      return tasks.get(key) instanceof Number number ? number.longValue() : 0L;
    }

    /** Completed of those assigned and not cancelled, in percent; null with none. */
    @JsonProperty
    public BigDecimal completionRate() {
      return percent(completed, assigned - cancelled);
    }

    /** Completed on time of those completed, in percent; null with none. */
    @JsonProperty
    public BigDecimal onTimeRate() {
      return percent(completedOnTime, completed);
    }

    private static BigDecimal percent(long part, long whole) {
      return whole <= 0
          ? null
          : BigDecimal.valueOf(part * 100)
              .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
  }

  static CampaignSummaryView from(Document summary, Coverage coverage) {
    return new CampaignSummaryView(
        summary.getString("_id"),
        summary.getString("name"),
        summary.getString("focus"),
        summary.getString("phase"),
        Names.department(summary.getString("leadDepartment")),
        named(summary, "participatingDepartments", Names::department),
        named(summary, "withdrawnDepartments", Names::department),
        named(summary, "regions", Names::region),
        summary.getString("startsOn"),
        summary.getString("endsOn"),
        summary.getList("keyPoints", String.class, List.of()),
        targets(summary.get("targets", new Document())),
        summary.getString("launchedAt"),
        summary.getString("closedAt"),
        summary.getString("summary"),
        TaskCounts.from(summary.get("tasks", new Document())),
        TotalsView.from(summary.get("totals", Document.class)),
        Breakdowns.byDepartment(summary, "byDepartment"),
        Breakdowns.byRegion(summary, "byRegion"),
        Breakdowns.byCategory(summary, "byCategory"),
        Breakdowns.byRight(summary),
        weeks(summary.get("byWeek", new Document())),
        progress(
            targets(summary.get("targets", new Document())),
            TotalsView.from(summary.get("totals", Document.class))),
        coverage);
  }

  private static List<WeekEntry> weeks(Document byWeek) {
    return byWeek.keySet().stream()
        .sorted()
        .map(week -> new WeekEntry(week, TotalsView.from(byWeek.get(week, Document.class))))
        .toList();
  }

  private static List<TargetProgress> progress(Map<String, Long> targets, TotalsView totals) {
    return targets.entrySet().stream()
        .map(
            target -> {
              BigDecimal reached = totals.amount(Figure.valueOf(target.getKey()));
              return new TargetProgress(
                  target.getKey(),
                  target.getValue(),
                  reached,
                  reached
                      .multiply(BigDecimal.valueOf(100))
                      .divide(BigDecimal.valueOf(target.getValue()), 1, RoundingMode.HALF_UP));
            })
        .toList();
  }

  private static List<ReferenceEntry> named(
      Document summary, String key, Function<String, ReferenceEntry> name) {
    return summary.getList(key, String.class, List.of()).stream().sorted().map(name).toList();
  }

  private static Map<String, Long> targets(Document targets) {
    Map<String, Long> figures = new TreeMap<>();
    targets.forEach((indicator, value) -> figures.put(indicator, ((Number) value).longValue()));
    return figures;
  }
}
