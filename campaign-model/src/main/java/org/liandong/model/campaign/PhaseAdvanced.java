package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;

/** The campaign moved to its next phase. */
@EventRevision("1")
public record PhaseAdvanced(CampaignId campaignId, Phase from, Phase to) implements CampaignEvent {}
