package org.liandong.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A page of the reports behind a campaign's figures, {@code GET /campaigns/{id}/reports}. */
public record LedgerPage(int page, int size, long total, List<Entry> items) {

  /**
   * One report as it stands now.
   *
   * @param report the whole report as recorded (JSON text), from which a correction starts
   * @param status {@code ACTIVE}, or {@code RETRACTED} with the {@code retraction}'s reason
   */
  public record Entry(
      String campaignId,
      String reportId,
      String kind,
      String department,
      String region,
      LocalDate occurredOn,
      String category,
      Map<String, Object> figures,
      String reportedBy,
      String notes,
      int version,
      String status,
      String report,
      String retraction,
      Instant retractedAt) {

    public boolean retracted() {
      return "RETRACTED".equals(status);
    }

    public String retractedAtShown() {
      return Moments.shown(retractedAt);
    }
  }
}
