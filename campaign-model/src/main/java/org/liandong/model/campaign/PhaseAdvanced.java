package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** The campaign moved to its next phase. */
@EventRevision("1")
public record PhaseAdvanced(CampaignId campaignId, Phase from, Phase to) implements CampaignEvent {}
