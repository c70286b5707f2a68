package org.liandong.model.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.liandong.model.Require;

/** The office cancels a task, with a reason. */
public record CancelTaskCommand(
    @TargetAggregateIdentifier CampaignId campaignId, TaskId taskId, String reason) {

  public CancelTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    reason = Require.text(reason, "reason", 2000);
  }
}
