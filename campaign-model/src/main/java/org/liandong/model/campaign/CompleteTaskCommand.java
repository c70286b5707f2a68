package org.liandong.model.campaign;

import org.liandong.model.Require;

/** The assigned department reports a task done. */
public record CompleteTaskCommand(
    @TargetId CampaignId campaignId, TaskId taskId, DepartmentCode department, String note) {

  public CompleteTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
    note = Require.optionalText(note, "note", 2000);
  }
}
