package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** A department withdrew; what it reported stays in the history. */
@EventRevision("1")
public record DepartmentWithdrew(CampaignId campaignId, DepartmentCode department, String reason)
    implements CampaignEvent {}
