package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;

/** The assigned department acknowledged a task. */
@EventRevision("1")
public record TaskAcknowledged(CampaignId campaignId, TaskId taskId, DepartmentCode department)
    implements CampaignEvent {}
