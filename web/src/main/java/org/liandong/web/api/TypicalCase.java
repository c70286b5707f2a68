package org.liandong.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A typical case, {@code GET /typical-cases/{id}}: its texts and standing, and what its report
 * counts.
 *
 * @param status {@code PROPOSED}, {@code RETURNED} or {@code PUBLISHED}
 * @param region null for a national report
 */
public record TypicalCase(
    String typicalCaseId,
    String status,
    Named department,
    String campaign,
    String campaignName,
    String report,
    String right,
    Named region,
    LocalDate occurredOn,
    LocalizedText title,
    LocalizedText narrative,
    String returnedFor,
    LocalDate publishedOn,
    Map<String, BigDecimal> figures) {

  public boolean proposed() {
    return "PROPOSED".equals(status);
  }

  public boolean returned() {
    return "RETURNED".equals(status);
  }

  /** The listing, {@code GET /typical-cases}. */
  public record Listing(List<TypicalCase> items) {}
}
