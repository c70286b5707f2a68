package org.liandong.query.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.figures.Names;

/**
 * The reports behind one figure of a year, each with what it adds, and their sum, which is the
 * figure. A reader who may not read some of them sees how many are withheld, not what they add.
 *
 * @param recordedBy the moment of recording the reports stand at
 * @param withheld how many reports behind the figure the reader may not read
 */
public record FigureSources(
    int year,
    SourceFilter filter,
    Instant recordedBy,
    BigDecimal total,
    List<Source> reports,
    int withheld) {

  /**
   * One report as it stood at the moment, and what it adds to the figure.
   *
   * @param region null for a national figure
   */
  public record Source(
      String campaignId,
      String reportId,
      String kind,
      ReferenceEntry department,
      ReferenceEntry region,
      LocalDate occurredOn,
      BigDecimal value) {

    static Source of(FieldReport report, SourceFilter filter) {
      return new Source(
          report.campaignId().value(),
          report.reportId().value(),
          report.getClass().getSimpleName(),
          Names.department(report.department().value()),
          report.header().national() ? null : Names.region(report.region().value()),
          report.occurredOn(),
          filter.valueOf(report));
    }
  }
}
