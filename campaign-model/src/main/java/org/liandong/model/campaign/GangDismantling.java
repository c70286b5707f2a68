package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Criminal gangs dismantled. */
@ReportPath("gang-dismantlings")
public record GangDismantling(Integer gangs) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.GANGS_DISMANTLED, "gangs", gangs);
  }

  @Override
  public GangsDismantled toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new GangsDismantled(campaignId, reportId, header, this, late);
  }
}
