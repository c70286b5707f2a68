package org.liandong.model.campaign;

import org.liandong.model.Require;

/** The assigned department acknowledges a task. */
public record AcknowledgeTaskCommand(
    @TargetId CampaignId campaignId, TaskId taskId, DepartmentCode department) {

  public AcknowledgeTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
  }
}
