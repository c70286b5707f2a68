package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Enforcement officers dispatched ("182,000 national law enforcement officials dispatched"). */
@ReportPath("officer-dispatches")
public record OfficerDispatch(Integer officers) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.OFFICERS_DISPATCHED, "officers", officers);
  }

  @Override
  public OfficersDispatched toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new OfficersDispatched(campaignId, reportId, header, this, late);
  }
}
