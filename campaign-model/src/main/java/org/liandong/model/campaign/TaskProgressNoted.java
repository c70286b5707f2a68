package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** The assigned department noted progress on a task. */
@Revision("1")
public record TaskProgressNoted(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String note)
    implements CampaignEvent {}
