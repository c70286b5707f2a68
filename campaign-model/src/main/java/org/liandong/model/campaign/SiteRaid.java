package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Sites raided in one operation. */
@ReportPath("site-raids")
public record SiteRaid(Integer sites) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.SITES_RAIDED, "sites", sites);
  }

  @Override
  public SiteRaided toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new SiteRaided(campaignId, reportId, header, this, late);
  }
}
