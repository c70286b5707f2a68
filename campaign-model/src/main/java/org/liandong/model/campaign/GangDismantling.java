package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Criminal gangs dismantled. */
@ReportPath("gang-dismantlings")
public record GangDismantling(Integer gangs) implements ReportDetails {

  @Override
  public void check() {
    Require.count(gangs, "gangs");
  }

  @Override
  public GangsDismantled toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new GangsDismantled(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.GANGS_DISMANTLED, (long) gangs);
  }
}
