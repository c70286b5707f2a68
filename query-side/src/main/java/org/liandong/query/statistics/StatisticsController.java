package org.liandong.query.statistics;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.projection.Coverage;
import org.liandong.query.projection.Coverages;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.web.InvalidParameterException;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** National and regional statistics of a year, across campaigns; now, or as of a past moment. */
@RestController
class StatisticsController {

  /**
   * @param recordedBy the moment of recording the figures stand at; null for now
   * @param coverage whether the figures lack records the projection could not take in
   */
  record YearStatistics(
      int year,
      Instant recordedBy,
      TotalsView totals,
      List<RegionEntry> byRegion,
      List<CategoryEntry> byCategory,
      List<RightEntry> byRight,
      CaseTransferFigures caseTransfers,
      List<CaseTransferFigures.RegionTransfers> caseTransfersByRegion,
      Coverage coverage)
      implements Tabular {

    @Override
    public String fileName() {
      return "statistics-"
          + year
          + (recordedBy == null ? "" : "-as-of-" + recordedBy.toString().replace(':', '-'));
    }

    @Override
    public List<Table> tables() {
      Table.Builder figures = FigureTables.total(FigureTables.figures(), "total", totals);
      FigureTables.regions(figures, byRegion);
      FigureTables.rights(figures, byRight);
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
          region ->
              transfers.row("region", Table.named(region.region()), cells(region.transfers())));
      return List.of(figures.build(), FigureTables.categories(byCategory), transfers.build());
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

  private final ServedViews views;
  private final ReportLedger ledger;
  private final CaseFiles cases;
  private final Scope scope;
  private final Coverages coverages;

  StatisticsController(
      ServedViews views, ReportLedger ledger, CaseFiles cases, Scope scope, Coverages coverages) {
    this.scope = scope;
    this.views = views;
    this.ledger = ledger;
    this.cases = cases;
    this.coverages = coverages;
  }

  /** A year with no reports answers zeros, not 404: the figures of that year are nil. */
  @GetMapping("/statistics/{year}")
  YearStatistics year(@PathVariable int year, Actor reader) {
    scope.published(reader);
    requireYear(year);
    Document document = views.one(StatisticsProjection.NAME, String.valueOf(year));
    return statistics(
        year,
        null,
        StatisticsDocument.read(document),
        CaseTransferFigures.of(cases.all(), year, Instant.now()),
        coverages.of(StatisticsProjection.NAME));
  }

  /**
   * The year's figures as they stood at a past moment of recording: later reports, corrections and
   * retractions, and later case decisions, do not change the answer.
   */
  @GetMapping("/statistics/{year}/as-of")
  YearStatistics asOf(
      @PathVariable int year, @RequestParam(required = false) Instant recordedBy, Actor reader) {
    scope.published(reader);
    requireYear(year);
    Instant moment = recordedBy == null ? Instant.now() : recordedBy;
    Map<String, Increments> byYear = new HashMap<>();
    for (FieldReport report : ledger.allAsRecordedBy(moment)) {
      if (report.occurredOn().getYear() == year) {
        StatisticsProjection.count(report, 1, byYear);
      }
    }
    Document counted = byYear.getOrDefault(String.valueOf(year), new Increments()).toDocument();
    return statistics(
        year,
        moment,
        StatisticsDocument.read(counted),
        CaseTransferFigures.of(cases.all(), year, moment),
        coverages.of(ReportLedger.PROJECTION));
  }

  private static YearStatistics statistics(
      int year,
      Instant recordedBy,
      StatisticsDocument figures,
      CaseTransferFigures.OfYear transfers,
      Coverage coverage) {
    FigureBlocks blocks = figures.figures();
    return new YearStatistics(
        year,
        recordedBy,
        blocks.totals(),
        blocks.byRegion(),
        blocks.byCategory(),
        blocks.byRight(),
        transfers.total(),
        transfers.byRegion(),
        coverage);
  }

  private static void requireYear(int year) {
    if (year < 1949 || year > 2100) {
      throw new InvalidParameterException("year", "must be a year from 1949 to 2100");
    }
  }
}
