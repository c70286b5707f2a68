package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Suspects arrested in one operation. */
@ReportPath("suspect-arrests")
public record SuspectArrest(Integer suspects) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.SUSPECTS_ARRESTED, "suspects", suspects);
  }

  @Override
  public SuspectsArrested toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new SuspectsArrested(campaignId, reportId, header, this, late);
  }
}
