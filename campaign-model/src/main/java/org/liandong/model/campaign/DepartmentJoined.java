package org.liandong.model.campaign;

/** A department joined the campaign. */
@EventRevision("1")
public record DepartmentJoined(CampaignId campaignId, DepartmentCode department)
    implements CampaignEvent {}
