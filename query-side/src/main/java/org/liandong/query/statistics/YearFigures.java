package org.liandong.query.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liandong.access.ScopeRule;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.query.campaign.CampaignHeader;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Increments;
import org.liandong.query.projection.Coverage;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.reports.ReportLedger;
import org.springframework.stereotype.Component;

/**
 * The statistics of a year: now, from the statistics projection, or as they stood at a moment of
 * recording, counted from the report ledger the same way ({@link StatisticsProjection#count}), and
 * the reports behind any of their figures. What the statistics feature offers the releases.
 */
@Component
public class YearFigures {

  /** Where the reports behind a figure of the year are listed. */
  static final String SOURCES = "/statistics/%d/reports";

  private final ServedViews views;
  private final ReportLedger ledger;
  private final CaseFiles cases;
  private final CampaignSummaries campaigns;

  public YearFigures(
      ServedViews views, ReportLedger ledger, CaseFiles cases, CampaignSummaries campaigns) {
    this.views = views;
    this.ledger = ledger;
    this.cases = cases;
    this.campaigns = campaigns;
  }

  /** The year's statistics now; a year with no reports answers zeros. */
  public YearStatistics now(int year) {
    return statistics(
        year,
        null,
        stored(year),
        stored(year - 1),
        CaseTransferFigures.of(cases.all(), year, Instant.now()),
        views.coverage(StatisticsProjection.NAME));
  }

  /**
   * The year's statistics as they stood at a past moment of recording: later reports, corrections
   * and retractions, and later case decisions, do not change the answer.
   */
  public YearStatistics asOf(int year, Instant moment) {
    return asOf(year, null, moment);
  }

  /**
   * The statistics of a year as they stood at a moment of recording, of one campaign's reports
   * alone when one is named.
   *
   * @param campaign a campaign id; null for all campaigns
   */
  public YearStatistics asOf(int year, String campaign, Instant moment) {
    List<FieldReport> reports =
        ledger.allAsRecordedBy(moment).stream()
            .filter(report -> campaign == null || campaign.equals(report.campaignId().value()))
            .toList();
    return statistics(
        year,
        moment,
        counted(reports, year),
        counted(reports, year - 1),
        CaseTransferFigures.of(cases.all(), year, moment),
        views.coverage(ReportLedger.PROJECTION));
  }

  /** The reports of the year behind one figure as they stood at the moment, as the reader may. */
  public FigureSources sources(int year, SourceFilter filter, Instant moment, Actor reader) {
    filter.requireFigure();
    List<FigureSources.Source> readable = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int withheld = 0;
    for (FieldReport report : behind(year, filter, moment)) {
      total = total.add(filter.valueOf(report));
      if (mayRead(reader, report)) {
        readable.add(FigureSources.Source.of(report, filter));
      } else {
        withheld++;
      }
    }
    return new FigureSources(
        year, filter, moment, withheld == 0 ? total : null, readable, withheld);
  }

  /** The reports of the year behind one figure as they stood at the moment. */
  public List<FieldReport> behind(int year, SourceFilter filter, Instant moment) {
    return ledger.allAsRecordedBy(moment).stream()
        .filter(report -> report.occurredOn().getYear() == year && filter.matches(report))
        .toList();
  }

  /**
   * The reports of a year, of one campaign when named, as they stood at each of the moments: one
   * list per moment, in the order given, from one read of the ledger.
   */
  public List<List<FieldReport>> reportsOfYear(int year, String campaign, List<Instant> moments) {
    return ledger.allAsRecordedBy(moments).stream()
        .map(
            reports ->
                reports.stream()
                    .filter(
                        report ->
                            report.occurredOn().getYear() == year
                                && (campaign == null
                                    || campaign.equals(report.campaignId().value())))
                    .toList())
        .toList();
  }

  private static boolean mayRead(Actor reader, FieldReport report) {
    Set<DepartmentCode> concerned = new HashSet<>(report.cooperatingDepartments());
    concerned.add(report.department());
    Set<RegionCode> regions = report.header().national() ? Set.of() : Set.of(report.region());
    return ScopeRule.mayRead(reader, concerned, regions);
  }

  private StatisticsDocument stored(int year) {
    return StatisticsDocument.read(views.one(StatisticsProjection.NAME, String.valueOf(year)));
  }

  private static StatisticsDocument counted(List<FieldReport> reports, int year) {
    Map<String, Increments> byYear = new HashMap<>();
    for (FieldReport report : reports) {
      if (report.occurredOn().getYear() == year) {
        StatisticsProjection.count(report, 1, byYear);
      }
    }
    return StatisticsDocument.read(
        byYear.getOrDefault(String.valueOf(year), new Increments()).toDocument());
  }

  private YearStatistics statistics(
      int year,
      Instant recordedBy,
      StatisticsDocument figures,
      StatisticsDocument previous,
      CaseTransferFigures.OfYear transfers,
      Coverage coverage) {
    FigureBlocks blocks = figures.figures();
    Map<CampaignId, CampaignHeader> headers =
        campaigns.headers(figures.byCampaign().keySet().stream().map(CampaignId::new).toList());
    List<YearStatistics.CampaignEntry> byCampaign = new ArrayList<>();
    figures
        .byCampaign()
        .forEach(
            (id, totals) ->
                byCampaign.add(
                    new YearStatistics.CampaignEntry(
                        id, nameOf(headers.get(new CampaignId(id))), totals)));
    return new YearStatistics(
        year,
        recordedBy,
        blocks.totals(),
        blocks.national(),
        blocks.byRegion(),
        byCampaign,
        blocks.byDepartment(),
        blocks.byCategory(),
        blocks.byRight(),
        YearOnYear.of(blocks.totals(), previous.figures().totals()),
        transfers.total(),
        transfers.byRegion(),
        SOURCES.formatted(year),
        coverage);
  }

  private static String nameOf(CampaignHeader header) {
    return header == null ? null : header.name();
  }
}
