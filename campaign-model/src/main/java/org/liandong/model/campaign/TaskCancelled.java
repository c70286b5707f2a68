package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/** A task was cancelled. */
@EventRevision("1")
public record TaskCancelled(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String reason)
    implements CampaignEvent {}
