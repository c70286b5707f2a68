package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** The assigned department acknowledged a task. */
@Revision("1")
public record TaskAcknowledged(CampaignId campaignId, TaskId taskId, DepartmentCode department)
    implements CampaignEvent {}
