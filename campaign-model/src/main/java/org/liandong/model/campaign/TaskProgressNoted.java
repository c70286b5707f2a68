package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/** The assigned department noted progress on a task. */
@EventRevision("1")
public record TaskProgressNoted(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String note)
    implements CampaignEvent {}
