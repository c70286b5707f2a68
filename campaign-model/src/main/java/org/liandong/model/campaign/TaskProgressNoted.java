package org.liandong.model.campaign;

/** The assigned department noted progress on a task. */
@EventRevision("1")
public record TaskProgressNoted(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, String note)
    implements CampaignEvent {}
