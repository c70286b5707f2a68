package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/** A task was not finished by its due date. */
@EventRevision("1")
public record TaskOverdue(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, LocalDate dueOn)
    implements CampaignEvent {}
