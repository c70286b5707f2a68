package org.liandong.model.task;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

/** The assigned department acknowledges a task. */
public record AcknowledgeTaskCommand(
    @TargetId CampaignId campaignId, TaskId taskId, DepartmentCode department) {

  public AcknowledgeTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
  }
}
