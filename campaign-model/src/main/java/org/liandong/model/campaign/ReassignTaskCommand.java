package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.Require;

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
