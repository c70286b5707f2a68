package org.liandong.query.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;
import org.liandong.model.campaign.Figure;
import org.liandong.model.id.CampaignId;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.Columns;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.DepartmentEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Names;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.projection.Coverage;

/**
 * A campaign's summary as the API shows it.
 *
 * @param coverage whether the figures lack records the projection could not take in
 */
public record CampaignSummaryView(
    CampaignId campaignId,
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

  private static final Columns<TargetProgress> TARGET_COLUMNS =
      Columns.<TargetProgress>of()
          .and("indicator", TargetProgress::indicator)
          .and("target", TargetProgress::target)
          .and("reached", TargetProgress::reached)
          .and("percent", TargetProgress::percent);

  @Override
  public String fileName() {
    return campaignId.value();
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
    return List.of(
        figures.build(),
        FigureTables.categories(byCategory),
        TARGET_COLUMNS.table("targets", targetsProgress));
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

    static TaskCounts from(CampaignSummaryDocument.Tasks tasks) {
      return new TaskCounts(
          tasks.assigned(),
          tasks.completed(),
          tasks.completedOnTime(),
          tasks.cancelled(),
          tasks.overdue());
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

  /** A summary as stored, as the API shows it. */
  static CampaignSummaryView from(Document stored, Coverage coverage) {
    return from(CampaignSummaryDocument.read(stored), coverage);
  }

  static CampaignSummaryView from(CampaignSummaryDocument summary, Coverage coverage) {
    FigureBlocks figures = summary.figures();
    return new CampaignSummaryView(
        summary.campaignId(),
        summary.name(),
        text(summary.focus()),
        text(summary.phase()),
        Names.department(text(summary.leadDepartment())),
        named(summary.participatingDepartments(), Names::department),
        named(summary.withdrawnDepartments(), Names::department),
        named(summary.regions(), Names::region),
        text(summary.startsOn()),
        text(summary.endsOn()),
        summary.keyPoints(),
        targets(summary.targets()),
        text(summary.launchedAt()),
        text(summary.closedAt()),
        summary.summary(),
        TaskCounts.from(summary.tasks()),
        figures.totals(),
        figures.byDepartment(),
        figures.byRegion(),
        figures.byCategory(),
        figures.byRight(),
        figures.byWeek().entrySet().stream()
            .map(week -> new WeekEntry(week.getKey(), week.getValue()))
            .toList(),
        progress(summary.targets(), figures.totals()),
        coverage);
  }

  private static List<TargetProgress> progress(Map<Figure, Long> targets, TotalsView totals) {
    return targets.entrySet().stream()
        .sorted(Comparator.comparing(target -> target.getKey().name()))
        .map(
            target -> {
              BigDecimal reached = totals.amount(target.getKey());
              return new TargetProgress(
                  target.getKey().name(),
                  target.getValue(),
                  reached,
                  reached
                      .multiply(BigDecimal.valueOf(100))
                      .divide(BigDecimal.valueOf(target.getValue()), 1, RoundingMode.HALF_UP));
            })
        .toList();
  }

  /** Codes named in code order. */
  private static <C> List<ReferenceEntry> named(
      List<C> codes, Function<String, ReferenceEntry> name) {
    return codes.stream().map(Object::toString).sorted().map(name).toList();
  }

  /** The targets by figure name, in the order of the names. */
  private static Map<String, Long> targets(Map<Figure, Long> targets) {
    Map<String, Long> byName = new TreeMap<>();
    targets.forEach((figure, value) -> byName.put(figure.name(), value));
    return byName;
  }

  /** Ids, codes, dates and moments as the API writes them; null stays null. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
