package org.liandong.query.statistics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.DepartmentEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.projection.Coverage;

/**
 * The statistics of a year across campaigns, as the press tables give them: national totals, the
 * national figures reported for no region, and by region, campaign, department, right and goods
 * category; the change against the year before; the case transfers. Each figure opens into the
 * reports behind it at {@code reports} with the figure's field name and the breakdown's filter.
 *
 * @param recordedBy the moment of recording the figures stand at; null for now
 * @param national the figures national departments reported for no region: in the totals, in no
 *     region's figures
 * @param yearOnYear each figure set against the year before; empty when that year has none
 * @param reports where the reports behind a figure are listed
 * @param coverage whether the figures lack records the projection could not take in
 */
public record YearStatistics(
    int year,
    Instant recordedBy,
    TotalsView totals,
    TotalsView national,
    List<RegionEntry> byRegion,
    List<CampaignEntry> byCampaign,
    List<DepartmentEntry> byDepartment,
    List<CategoryEntry> byCategory,
    List<RightEntry> byRight,
    List<YearOnYear> yearOnYear,
    CaseTransferFigures caseTransfers,
    List<CaseTransferFigures.RegionTransfers> caseTransfersByRegion,
    String reports,
    Coverage coverage)
    implements Tabular {

  /** A campaign's totals of the year. */
  public record CampaignEntry(String campaignId, String name, TotalsView totals) {}

  @Override
  public String fileName() {
    return "statistics-" + year + (recordedBy == null ? "" : Tabular.asOf(recordedBy));
  }

  @Override
  public List<Table> tables() {
    Table.Builder figures = FigureTables.total(FigureTables.figures(), "total", totals);
    FigureTables.total(figures, "national", national);
    FigureTables.regions(figures, byRegion);
    byCampaign.forEach(
        entry ->
            figures.row(
                "campaign", entry.campaignId(), entry.name(), null, Table.totals(entry.totals())));
    FigureTables.departments(figures, byDepartment);
    FigureTables.rights(figures, byRight);
    Table.Builder changes =
        Table.named("yearOnYear", "figure", "previous", "current", "changePercent");
    yearOnYear.forEach(
        change ->
            changes.row(
                change.figure(), change.previous(), change.current(), change.changePercent()));
    return List.of(
        figures.build(), FigureTables.categories(byCategory), changes.build(), transfers().build());
  }

  private Table.Builder transfers() {
    Table.Builder transfers =
        Table.named(
            "caseTransfers",
            "breakdown",
            "code",
            "nameZh",
            "nameEn",
            "transferred",
            "accepted",
            "returned",
            "awaiting",
            "averageDaysToDecide");
    transfers.row("total", null, null, null, cells(caseTransfers));
    caseTransfersByRegion.forEach(
        region -> transfers.row("region", Table.named(region.region()), cells(region.transfers())));
    return transfers;
  }

  private static List<Object> cells(CaseTransferFigures figures) {
    return Arrays.asList(
        figures.transferred(),
        figures.accepted(),
        figures.returned(),
        figures.awaiting(),
        figures.averageDaysToDecide());
  }
}
