package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Courts reported IPR cases received and concluded, and compensation awarded. */
@EventRevision("1")
public record CourtCasesConcluded(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped CourtConclusion details,
    boolean late)
    implements FieldReport {}
