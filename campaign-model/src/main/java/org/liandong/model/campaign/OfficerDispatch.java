package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Enforcement officers dispatched ("182,000 national law enforcement officials dispatched"). */
@ReportPath("officer-dispatches")
public record OfficerDispatch(Integer officers) implements ReportDetails {

  @Override
  public void check() {
    Require.count(officers, "officers");
  }

  @Override
  public OfficersDispatched toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new OfficersDispatched(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.OFFICERS_DISPATCHED, (long) officers);
  }
}
