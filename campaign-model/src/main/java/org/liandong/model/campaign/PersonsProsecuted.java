package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** A procuratorate prosecuted persons (in a number of cases, when counted). */
@EventRevision("1")
public record PersonsProsecuted(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped Prosecution details,
    boolean late)
    implements FieldReport {}
