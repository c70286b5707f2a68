package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/**
 * The assigned department completed a task; {@code onTime} unless it was done after its due date.
 */
@EventRevision("1")
public record TaskCompleted(
    CampaignId campaignId,
    TaskId taskId,
    DepartmentCode department,
    String note,
    LocalDate completedOn,
    boolean onTime)
    implements CampaignEvent {}
