package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;

/** A task was cancelled. */
@EventRevision("1")
public record TaskCancelled(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String reason)
    implements CampaignEvent {}
