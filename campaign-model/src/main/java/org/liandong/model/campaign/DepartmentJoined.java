package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;

/** A department joined the campaign. */
@EventRevision("1")
public record DepartmentJoined(CampaignId campaignId, DepartmentCode department)
    implements CampaignEvent {}
