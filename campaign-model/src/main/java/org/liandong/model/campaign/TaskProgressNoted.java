package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;

/** The assigned department noted progress on a task. */
@EventRevision("1")
public record TaskProgressNoted(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String note)
    implements CampaignEvent {}
