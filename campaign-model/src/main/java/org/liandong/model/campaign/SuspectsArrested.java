package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Suspects were arrested. */
@EventRevision("2")
public record SuspectsArrested(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped SuspectArrest details,
    boolean late)
    implements FieldReport {}
