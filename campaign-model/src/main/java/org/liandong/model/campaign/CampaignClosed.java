package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** The campaign was closed with a summary; it takes no more commands. */
@EventRevision("1")
public record CampaignClosed(CampaignId campaignId, String summary) implements CampaignEvent {}
