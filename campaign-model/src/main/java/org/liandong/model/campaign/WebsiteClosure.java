package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Websites closed. */
@ReportPath("website-closures")
public record WebsiteClosure(Integer websites) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.WEBSITES_CLOSED, "websites", websites);
  }

  @Override
  public WebsitesClosed toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new WebsitesClosed(campaignId, reportId, header, this, late);
  }
}
