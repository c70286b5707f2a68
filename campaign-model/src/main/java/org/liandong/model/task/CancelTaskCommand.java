package org.liandong.model.task;

import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

/** The office cancels a task, with a reason. */
public record CancelTaskCommand(@TargetId CampaignId campaignId, TaskId taskId, String reason) {

  public CancelTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    reason = Require.text(reason, "reason", 2000);
  }
}
