package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Cases were filed. The value involved, when known, is in yuan. The right the cases concern was
 * added in revision 2; cases stored before it, and cases reported without it, have none ({@code
 * null}), and are counted as of no stated right.
 */
@EventRevision("3")
public record CaseFiled(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped CaseFiling details,
    boolean late)
    implements FieldReport {}
