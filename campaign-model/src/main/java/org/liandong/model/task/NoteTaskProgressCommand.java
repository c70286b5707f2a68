package org.liandong.model.task;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

/** The assigned department notes progress on a task. */
public record NoteTaskProgressCommand(
    @TargetId CampaignId campaignId, TaskId taskId, DepartmentCode department, String note) {

  public NoteTaskProgressCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
    note = Require.text(note, "note", 2000);
  }
}
