package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Enforcement officers were dispatched for the campaign's inspections. */
@EventRevision("2")
public record OfficersDispatched(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped OfficerDispatch details,
    boolean late)
    implements FieldReport {}
