package org.liandong.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports behind one figure of a year, {@code GET /statistics/{year}/reports}.
 *
 * @param total their sum, the figure; null when some are withheld from the reader
 * @param withheld how many the reader may not read
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FigureSources(int year, BigDecimal total, List<Source> reports, int withheld) {

  /**
   * One report and what it adds to the figure.
   *
   * @param region null for a national figure
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Source(
      String campaignId,
      String reportId,
      String kind,
      Named department,
      Named region,
      LocalDate occurredOn,
      BigDecimal value) {}
}
