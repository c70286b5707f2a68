package org.liandong.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports behind one figure of a year, {@code GET /statistics/{year}/reports}.
 *
 * @param total their sum, the figure; null when some are withheld from the reader
 * @param withheld how many the reader may not read
 */
public record FigureSources(int year, BigDecimal total, List<Source> reports, int withheld) {

  /**
   * One report and what it adds to the figure.
   *
   * @param region null for a national figure
   */
  public record Source(
      String campaignId,
      String reportId,
      String kind,
      Named department,
      Named region,
      LocalDate occurredOn,
      BigDecimal value) {}
}
