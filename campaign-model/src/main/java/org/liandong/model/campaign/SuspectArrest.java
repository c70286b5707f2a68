package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Suspects arrested in one operation. */
@ReportPath("suspect-arrests")
public record SuspectArrest(Integer suspects) implements ReportDetails {

  @Override
  public void check() {
    Require.count(suspects, "suspects");
  }

  @Override
  public SuspectsArrested toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new SuspectsArrested(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.SUSPECTS_ARRESTED, (long) suspects);
  }
}
