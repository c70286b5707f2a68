package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Persons a procuratorate prosecuted, and the cases when it counts those too. */
@ReportPath("prosecutions")
public record Prosecution(Integer cases, Integer persons) implements PersonsAndCases {

  @Override
  public Figures counted() {
    return new Figures(Figure.PERSONS_PROSECUTED, Figure.PROSECUTION_CASES);
  }

  @Override
  public PersonsProsecuted toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new PersonsProsecuted(campaignId, reportId, header, this, late);
  }
}
