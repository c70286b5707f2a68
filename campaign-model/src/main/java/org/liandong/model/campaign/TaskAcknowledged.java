package org.liandong.model.campaign;

/** The assigned department acknowledged a task. */
@EventRevision("1")
public record TaskAcknowledged(CampaignId campaignId, TaskId taskId, DepartmentCode department)
    implements CampaignEvent {}
