package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Shipments were intercepted. */
@EventRevision("2")
public record ShipmentsIntercepted(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped ShipmentInterception details,
    boolean late)
    implements FieldReport {}
