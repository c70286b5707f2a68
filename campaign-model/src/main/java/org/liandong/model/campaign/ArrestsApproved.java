package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** A procuratorate approved the arrest of persons (in a number of cases, when counted). */
@EventRevision("1")
public record ArrestsApproved(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped ArrestApproval details,
    boolean late)
    implements FieldReport {}
