package org.liandong.model.task;

import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

/** The deadline watch marks a task whose due date has passed unfinished. */
public record MarkTaskOverdueCommand(@TargetId CampaignId campaignId, TaskId taskId) {

  public MarkTaskOverdueCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
  }
}
