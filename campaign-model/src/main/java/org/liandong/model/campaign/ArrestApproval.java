package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Arrests a procuratorate approved: the persons, and the cases they were approved in when the
 * procuratorate counts those too (the 2019 figures do, the 2020 ones name the persons alone).
 */
@ReportPath("arrest-approvals")
public record ArrestApproval(Integer cases, Integer persons) implements PersonsAndCases {

  @Override
  public Figures counted() {
    return new Figures(Figure.PERSONS_APPROVED_FOR_ARREST, Figure.ARREST_CASES_APPROVED);
  }

  @Override
  public ArrestsApproved toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new ArrestsApproved(campaignId, reportId, header, this, late);
  }
}
