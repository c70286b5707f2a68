package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

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
