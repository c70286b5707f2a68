package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Stores on online marketplaces were shut down for selling infringing or counterfeit goods. */
@EventRevision("2")
public record OnlineStoresClosed(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped OnlineStoreClosure details,
    boolean late)
    implements FieldReport {}
