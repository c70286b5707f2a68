package org.liandong.model.campaign;

import org.liandong.model.Require;

/** The office cancels a task, with a reason. */
public record CancelTaskCommand(@TargetId CampaignId campaignId, TaskId taskId, String reason) {

  public CancelTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    reason = Require.text(reason, "reason", 2000);
  }
}
