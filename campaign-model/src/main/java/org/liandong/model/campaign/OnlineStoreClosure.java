package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Stores on online marketplaces shut down ("shut down four online stores selling fake products").
 */
@ReportPath("online-store-closures")
public record OnlineStoreClosure(Integer stores) implements ReportDetails {

  @Override
  public void check() {
    Require.count(stores, "stores");
  }

  @Override
  public OnlineStoresClosed toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new OnlineStoresClosed(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.ONLINE_STORES_CLOSED, (long) stores);
  }
}
