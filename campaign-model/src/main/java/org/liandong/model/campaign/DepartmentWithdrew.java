package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** A department withdrew; what it reported stays in the history. */
@Revision("1")
public record DepartmentWithdrew(CampaignId campaignId, DepartmentCode department, String reason)
    implements CampaignEvent {}
