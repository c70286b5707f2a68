package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Criminal gangs were dismantled. */
@EventRevision("2")
public record GangsDismantled(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped GangDismantling details,
    boolean late)
    implements FieldReport {}
