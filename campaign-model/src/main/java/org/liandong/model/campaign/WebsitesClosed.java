package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Websites were closed (stores on online marketplaces are {@link OnlineStoresClosed}). */
@EventRevision("2")
public record WebsitesClosed(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped WebsiteClosure details,
    boolean late)
    implements FieldReport {}
