package org.liandong.model.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A task was not finished by its due date. */
@Revision("1")
public record TaskOverdue(
    CampaignId campaignId, TaskId taskId, DepartmentCode department, LocalDate dueOn)
    implements CampaignEvent {}
