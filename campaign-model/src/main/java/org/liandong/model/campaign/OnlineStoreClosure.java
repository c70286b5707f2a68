package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Stores on online marketplaces shut down ("shut down four online stores selling fake products").
 */
@ReportPath("online-store-closures")
public record OnlineStoreClosure(Integer stores) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.ONLINE_STORES_CLOSED, "stores", stores);
  }

  @Override
  public OnlineStoresClosed toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new OnlineStoresClosed(campaignId, reportId, header, this, late);
  }
}
