package org.liandong.model.campaign;

import java.util.Set;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** Regions were added to the campaign's scope (only those not in it before). */
@EventRevision("1")
public record RegionsAdded(CampaignId campaignId, Set<RegionCode> regions)
    implements CampaignEvent {}
