package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Administrative cases were transferred to the public security organs as suspected crimes. */
@EventRevision("1")
public record CasesReferred(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped CaseReferral details,
    boolean late)
    implements FieldReport {}
