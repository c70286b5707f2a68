package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Goods of one category were seized in one operation; {@code estimatedValue} may be {@code null}.
 */
@EventRevision("4")
public record GoodsSeized(
    CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped GoodsSeizure details,
    boolean late)
    implements FieldReport {}
