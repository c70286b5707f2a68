package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Dens making or selling counterfeits (workshops, production and sales sites) were dismantled. */
@EventRevision("2")
public record DensDismantled(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped DenDismantling details,
    boolean late)
    implements FieldReport {}
