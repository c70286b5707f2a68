package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.event.EventRevision;

/** A task went from one department to another (or got a new region or due date). */
@EventRevision("1")
public record TaskReassigned(
    CampaignId campaignId,
    TaskId taskId,
    String title,
    DepartmentCode from,
    DepartmentCode to,
    RegionCode region,
    LocalDate dueOn)
    implements CampaignEvent {}
