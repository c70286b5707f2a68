package org.liandong.model.campaign;

import org.liandong.model.Require;

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
