package org.liandong.model.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Arrests a procuratorate approved: the persons, and the cases they were approved in when the
 * procuratorate counts those too (the 2019 figures do, the 2020 ones name the persons alone).
 */
@ReportPath("arrest-approvals")
public record ArrestApproval(Integer cases, Integer persons) implements ReportDetails {

  @Override
  public void check() {
    if (cases != null) {
      Require.count(cases, "cases");
    }
    Require.count(persons, "persons");
  }

  @Override
  public ArrestsApproved toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new ArrestsApproved(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.PERSONS_APPROVED_FOR_ARREST, (long) persons);
    if (cases != null) {
      figures.put(Figure.ARREST_CASES_APPROVED, (long) cases);
    }
    return figures;
  }
}
