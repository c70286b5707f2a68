package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** A task was cancelled. */
@Revision("1")
public record TaskCancelled(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String reason)
    implements CampaignEvent {}
