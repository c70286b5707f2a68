package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Shipments intercepted (customs, post). */
@ReportPath("shipment-interceptions")
public record ShipmentInterception(Integer shipments) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.SHIPMENTS_INTERCEPTED, "shipments", shipments);
  }

  @Override
  public ShipmentsIntercepted toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new ShipmentsIntercepted(campaignId, reportId, header, this, late);
  }
}
