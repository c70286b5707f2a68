package org.liandong.model.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.code.Money;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * What courts report of their IPR cases: first-instance cases concluded, cases of every instance
 * received and concluded, and compensation awarded in yuan. The courts' figures are published
 * either way (2020: 466,000 first-instance cases concluded; 2019: 480,000 cases of every kind
 * received and 470,000 concluded), and the two are kept apart so that no year-on-year change sets
 * one against the other. Each is optional; a report names at least one.
 */
@ReportPath("court-conclusions")
public record CourtConclusion(
    Integer firstInstanceConcluded,
    Integer allInstancesReceived,
    Integer allInstancesConcluded,
    Money compensationAwarded)
    implements ReportDetails {

  @Override
  public void check() {
    if (firstInstanceConcluded == null
        && allInstancesReceived == null
        && allInstancesConcluded == null
        && compensationAwarded == null) {
      throw new InvalidValueException(
          "firstInstanceConcluded", "a court report names at least one figure");
    }
    optionalCount(firstInstanceConcluded, "firstInstanceConcluded");
    optionalCount(allInstancesReceived, "allInstancesReceived");
    optionalCount(allInstancesConcluded, "allInstancesConcluded");
  }

  private static void optionalCount(Integer value, String field) {
    if (value != null) {
      Require.count(value, field);
    }
  }

  @Override
  public Map<Figure, Long> figures() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    if (firstInstanceConcluded != null) {
      figures.put(Figure.FIRST_INSTANCE_CONCLUDED, (long) firstInstanceConcluded);
    }
    if (allInstancesReceived != null) {
      figures.put(Figure.COURT_CASES_RECEIVED, (long) allInstancesReceived);
    }
    if (allInstancesConcluded != null) {
      figures.put(Figure.COURT_CASES_CONCLUDED, (long) allInstancesConcluded);
    }
    if (compensationAwarded != null) {
      figures.put(Figure.COMPENSATION_AWARDED_CNY, compensationAwarded.fen());
    }
    return figures;
  }

  @Override
  public CourtCasesConcluded toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new CourtCasesConcluded(campaignId, reportId, header, this, late);
  }
}
