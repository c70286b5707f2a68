package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** A department joined the campaign. */
@EventRevision("1")
public record DepartmentJoined(CampaignId campaignId, DepartmentCode department)
    implements CampaignEvent {}
