package org.liandong.model.campaign;

import org.liandong.model.Require;

/** The deadline watch marks a task whose due date has passed unfinished. */
public record MarkTaskOverdueCommand(@TargetId CampaignId campaignId, TaskId taskId) {

  public MarkTaskOverdueCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
  }
}
