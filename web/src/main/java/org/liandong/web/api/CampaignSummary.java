package org.liandong.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign as {@code GET /campaigns} and {@code GET /campaigns/{id}} answer it: only what the
 * pages show ({@code summary} once the office closed it). Blocks of totals are read by figure name,
 * so that a figure the query side adds shows without a change here.
 */
public record CampaignSummary(
    String campaignId,
    String name,
    String focus,
    String phase,
    Named leadDepartment,
    List<Named> participatingDepartments,
    List<Named> regions,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> keyPoints,
    TaskCounts tasks,
    Map<String, BigDecimal> totals,
    List<DepartmentTotals> byDepartment,
    List<RegionTotals> byRegion,
    List<CategoryTotals> byCategory,
    List<WeekTotals> byWeek,
    List<TargetProgress> targetsProgress,
    String summary) {

  /** A figure of the campaign's totals; zero when the block does not have it. */
  public BigDecimal total(String figure) {
    return totals.getOrDefault(figure, BigDecimal.ZERO);
  }

  public record TaskCounts(
      int assigned, int completed, int overdue, BigDecimal completionRate, BigDecimal onTimeRate) {}

  public record DepartmentTotals(Named department, Map<String, BigDecimal> totals) {

    public BigDecimal total(String figure) {
      return totals == null ? BigDecimal.ZERO : totals.getOrDefault(figure, BigDecimal.ZERO);
    }
  }

  public record RegionTotals(Named region, Map<String, BigDecimal> totals) {

    public BigDecimal total(String figure) {
      return totals == null ? BigDecimal.ZERO : totals.getOrDefault(figure, BigDecimal.ZERO);
    }
  }

  /** The totals of the reports of one ISO week ({@code 2020-W21}), by the day things happened. */
  public record WeekTotals(String week, Map<String, BigDecimal> totals) {

    public BigDecimal total(String figure) {
      return totals == null ? BigDecimal.ZERO : totals.getOrDefault(figure, BigDecimal.ZERO);
    }
  }

  /**
   * A target against what the reports reach.
   *
   * @param indicator the figure's name ({@code SITES_RAIDED})
   * @param percent how much of the target is reached, in per cent
   */
  public record TargetProgress(
      String indicator, BigDecimal target, BigDecimal reached, BigDecimal percent) {}

  public record CategoryTotals(Named category, BigDecimal seizures, BigDecimal goodsValueCny) {}
}
