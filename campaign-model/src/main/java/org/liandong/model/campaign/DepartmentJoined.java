package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** A department joined the campaign. */
@Revision("1")
public record DepartmentJoined(CampaignId campaignId, DepartmentCode department)
    implements CampaignEvent {}
