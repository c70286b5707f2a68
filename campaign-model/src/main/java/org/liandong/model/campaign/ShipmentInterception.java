package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Shipments intercepted (customs, post). */
@ReportPath("shipment-interceptions")
public record ShipmentInterception(Integer shipments) implements ReportDetails {

  @Override
  public void check() {
    Require.count(shipments, "shipments");
  }

  @Override
  public ShipmentsIntercepted toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new ShipmentsIntercepted(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.SHIPMENTS_INTERCEPTED, (long) shipments);
  }
}
