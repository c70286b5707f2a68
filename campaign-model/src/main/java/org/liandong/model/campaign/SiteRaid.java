package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Sites raided in one operation. */
@ReportPath("site-raids")
public record SiteRaid(Integer sites) implements ReportDetails {

  @Override
  public void check() {
    Require.count(sites, "sites");
  }

  @Override
  public SiteRaided toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new SiteRaided(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.SITES_RAIDED, (long) sites);
  }
}
