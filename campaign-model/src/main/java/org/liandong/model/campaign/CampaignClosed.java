package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** The campaign was closed with a summary; it takes no more commands. */
@Revision("1")
public record CampaignClosed(CampaignId campaignId, String summary) implements CampaignEvent {}
