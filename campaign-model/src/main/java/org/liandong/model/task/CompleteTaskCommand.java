package org.liandong.model.task;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

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
