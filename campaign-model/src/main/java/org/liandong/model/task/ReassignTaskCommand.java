package org.liandong.model.task;

import java.time.LocalDate;
import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

/** The office gives a task to another department (or region, or due date). */
public record ReassignTaskCommand(
    @TargetId CampaignId campaignId,
    TaskId taskId,
    DepartmentCode department,
    RegionCode region,
    LocalDate dueOn) {

  public ReassignTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
    Require.present(dueOn, "dueOn");
  }
}
