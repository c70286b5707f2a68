package org.liandong.query.department;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.query.figures.Increments;
import org.liandong.query.reports.ReportLedger;
import org.springframework.stereotype.Component;

/**
 * A department's figures counted from the report ledger the way its workspace counts them, as they
 * stood at a moment of recording and, for a reader limited to a region, in that region alone (by
 * the region of each report's version that stood then).
 */
@Component
class DepartmentFigures {

  private final ReportLedger ledger;

  DepartmentFigures(ReportLedger ledger) {
    this.ledger = ledger;
  }

  /**
   * The figures as a workspace keeps them, at its root and per campaign; without roles or tasks.
   *
   * @param region the region counted; null for all
   */
  DepartmentWorkspaceDocument of(DepartmentCode department, RegionCode region, Instant moment) {
    Map<DepartmentCode, Increments> counted = new HashMap<>();
    for (FieldReport report : ledger.involvingAsRecordedBy(department, moment)) {
      if (region == null || (!report.header().national() && report.region().equals(region))) {
        DepartmentWorkspaceProjection.count(report.campaignId().value(), report, 1, counted);
      }
    }
    return DepartmentWorkspaceDocument.read(
        counted.getOrDefault(department, new Increments()).toDocument());
  }
}
