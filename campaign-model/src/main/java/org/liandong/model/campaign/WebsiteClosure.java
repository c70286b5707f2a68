package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Websites closed. */
@ReportPath("website-closures")
public record WebsiteClosure(Integer websites) implements ReportDetails {

  @Override
  public void check() {
    Require.count(websites, "websites");
  }

  @Override
  public WebsitesClosed toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new WebsitesClosed(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.WEBSITES_CLOSED, (long) websites);
  }
}
