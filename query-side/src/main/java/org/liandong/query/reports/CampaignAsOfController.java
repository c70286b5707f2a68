package org.liandong.query.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.id.CampaignId;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.DepartmentEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.ReportIncrements;
import org.liandong.query.figures.TotalsView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's figures as they stood at a past moment of recording, optionally only for what
 * happened between two dates: what a published figure was on the day it was published, and what it
 * is now for the same period. Computed from the report ledger, so the same question always gets the
 * same answer.
 */
@RestController
class CampaignAsOfController {

  record AsOf(
      CampaignId campaignId,
      Instant recordedBy,
      LocalDate occurredFrom,
      LocalDate occurredTo,
      TotalsView totals,
      List<DepartmentEntry> byDepartment,
      List<RegionEntry> byRegion,
      List<CategoryEntry> byCategory,
      List<RightEntry> byRight)
      implements Tabular {

    @Override
    public String fileName() {
      return campaignId + Tabular.asOf(recordedBy);
    }

    @Override
    public List<Table> tables() {
      Table.Builder figures = FigureTables.total(FigureTables.figures(), "total", totals);
      FigureTables.departments(figures, byDepartment);
      FigureTables.regions(figures, byRegion);
      FigureTables.rights(figures, byRight);
      return List.of(figures.build(), FigureTables.categories(byCategory));
    }
  }

  private final ReportLedger ledger;
  private final CampaignSummaries summaries;

  CampaignAsOfController(ReportLedger ledger, CampaignSummaries summaries) {
    this.ledger = ledger;
    this.summaries = summaries;
  }

  @GetMapping("/campaigns/{campaignId}/as-of")
  AsOf asOf(
      @PathVariable CampaignId campaignId,
      @RequestParam(required = false) Instant recordedBy,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate occurredFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate occurredTo,
      Actor reader) {
    summaries.visible(reader, campaignId);
    Instant moment = recordedBy == null ? Instant.now() : recordedBy;
    Increments counts = new Increments();
    for (FieldReport report : ledger.asRecordedBy(campaignId, moment)) {
      boolean inPeriod =
          (occurredFrom == null || !report.occurredOn().isBefore(occurredFrom))
              && (occurredTo == null || !report.occurredOn().isAfter(occurredTo));
      if (inPeriod) {
        ReportIncrements.addBreakdown(counts, report, 1);
      }
    }
    FigureBlocks figures = FigureBlocks.read(counts.toDocument());
    return new AsOf(
        campaignId,
        moment,
        occurredFrom,
        occurredTo,
        figures.totals(),
        figures.byDepartment(),
        figures.byRegion(),
        figures.byCategory(),
        figures.byRight());
  }
}
