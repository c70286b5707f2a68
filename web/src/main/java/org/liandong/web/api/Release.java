package org.liandong.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A statistics release, {@code GET /releases/{id}}: its texts as last amended, its figures as
 * recorded by the cut-off (which never change), the adjustments later reports make against them,
 * and its history.
 *
 * @param campaign the one campaign it publishes; null for all campaigns of the year
 */
public record Release(
    String releaseId,
    int year,
    String campaign,
    Instant cutOff,
    Instant issuedAt,
    LocalizedText title,
    LocalizedText text,
    YearStatistics figures,
    List<Adjustment> adjustments,
    List<HistoryItem> history) {

  /** A release as listed, {@code GET /releases}: what it is, without its figures. */
  public record Summary(
      String releaseId,
      int year,
      String campaign,
      Instant cutOff,
      Instant issuedAt,
      LocalizedText title) {}

  /** A figure that stands otherwise now than released, and the reports making the difference. */
  public record Adjustment(
      String figure,
      BigDecimal released,
      BigDecimal current,
      BigDecimal difference,
      List<Change> reports) {}

  /** A report's part in an adjustment: what it added by the cut-off, and adds now. */
  public record Change(
      String campaignId, String reportId, BigDecimal released, BigDecimal current) {}

  /**
   * An event of the release's history.
   *
   * @param reason why the text was amended; null for the issue
   */
  public record HistoryItem(
      String type, Instant recordedAt, String user, LocalizedText title, String reason) {}
}
