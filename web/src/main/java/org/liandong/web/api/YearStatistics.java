package org.liandong.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of a year across campaigns, {@code GET /statistics/{year}}, as the pages show them.
 * Blocks of totals are read by figure name, like a campaign's.
 *
 * @param national the figures reported for no region: in the totals, in no region's
 */
public record YearStatistics(
    int year,
    Map<String, BigDecimal> totals,
    Map<String, BigDecimal> national,
    List<CampaignSummary.RegionTotals> byRegion,
    List<CampaignTotals> byCampaign,
    List<CampaignSummary.DepartmentTotals> byDepartment,
    List<CampaignSummary.CategoryTotals> byCategory,
    List<RightTotals> byRight,
    List<Change> yearOnYear,
    Transfers caseTransfers,
    List<RegionTransfers> caseTransfersByRegion) {

  public record CampaignTotals(String campaignId, String name, Map<String, BigDecimal> totals) {}

  /** Cases filed by the right they concern ({@code NOT_STATED} when none). */
  public record RightTotals(String right, Map<String, BigDecimal> totals) {}

  /** A figure against the year before, the change in per cent. */
  public record Change(
      String figure, BigDecimal previous, BigDecimal current, BigDecimal changePercent) {}

  public record Transfers(
      long transferred,
      long accepted,
      long returned,
      long awaiting,
      BigDecimal averageDaysToDecide) {}

  public record RegionTransfers(Named region, Transfers transfers) {}
}
