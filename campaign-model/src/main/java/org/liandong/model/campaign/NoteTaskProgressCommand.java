package org.liandong.model.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.liandong.model.Require;

/** The assigned department notes progress on a task. */
public record NoteTaskProgressCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    TaskId taskId,
    DepartmentCode department,
    String note) {

  public NoteTaskProgressCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
    note = Require.text(note, "note", 2000);
  }
}
