package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/** The assigned department acknowledged a task. */
@EventRevision("1")
public record TaskAcknowledged(CampaignId campaignId, TaskId taskId, DepartmentCode department)
    implements CampaignEvent {}
