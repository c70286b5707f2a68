package org.liandong.model.campaign;

import java.util.List;
import java.util.Map;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** The campaign's key points and target figures were set; they replace the earlier ones. */
@EventRevision("1")
public record TargetsSet(CampaignId campaignId, List<String> keyPoints, Map<Figure, Long> targets)
    implements CampaignEvent {}
