package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Sites were raided in one operation (dens dismantled are {@link DensDismantled}). */
@EventRevision("4")
public record SiteRaided(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped SiteRaid details,
    boolean late)
    implements FieldReport {}
