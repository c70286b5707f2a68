package org.liandong.query.typicalcases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.figures.Names;

/**
 * A typical case as listed: its texts and standing, and the report behind it as it stands now (the
 * region it lies in, or none for a national report, the day it happened, what it counts).
 *
 * @param region null for a national report
 * @param occurredOn the day the report says it happened; null if the report is not (yet) in the
 *     ledger
 * @param figures what the report counts, by figure field name
 */
public record TypicalCaseView(
    String typicalCaseId,
    TypicalCaseDocument.Status status,
    ReferenceEntry department,
    String campaign,
    String campaignName,
    String report,
    String right,
    ReferenceEntry region,
    LocalDate occurredOn,
    Bilingual title,
    Bilingual narrative,
    String returnedFor,
    LocalDate publishedOn,
    Map<String, BigDecimal> figures) {

  static TypicalCaseView of(TypicalCaseDocument stored, FieldReport report, String campaignName) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    if (report != null) {
      report
          .figures()
          .forEach(
              (figure, counter) ->
                  figures.put(
                      figure.field(),
                      figure.measure() == Figure.Measure.YUAN
                          ? BigDecimal.valueOf(counter, 2)
                          : BigDecimal.valueOf(counter)));
    }
    return new TypicalCaseView(
        stored.typicalCaseId(),
        stored.status(),
        Names.department(stored.department().value()),
        stored.campaign().value(),
        campaignName,
        stored.report().value(),
        stored.right().name(),
        report == null || report.header().national() ? null : Names.region(report.region().value()),
        report == null ? null : report.occurredOn(),
        stored.title(),
        stored.narrative(),
        stored.returnedFor(),
        stored.publishedOn(),
        figures);
  }

  /** The year it is listed under: the year its report happened in. */
  public Integer year() {
    return occurredOn == null ? null : occurredOn.getYear();
  }

  /** The code of its region, or {@code national} for a national report. */
  public String regionCode() {
    return region == null ? TypicalCaseFilter.NATIONAL : region.code();
  }
}
