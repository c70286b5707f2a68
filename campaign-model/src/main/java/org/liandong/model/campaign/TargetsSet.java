package org.liandong.model.campaign;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** The campaign's key points and target figures were set; they replace the earlier ones. */
@Revision("1")
public record TargetsSet(
    CampaignId campaignId, List<String> keyPoints, Map<Indicator, Long> targets)
    implements CampaignEvent {}
