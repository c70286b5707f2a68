package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** The campaign moved to its next phase. */
@Revision("1")
public record PhaseAdvanced(CampaignId campaignId, Phase from, Phase to) implements CampaignEvent {}
