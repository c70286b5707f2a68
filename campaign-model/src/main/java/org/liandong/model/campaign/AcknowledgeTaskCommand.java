package org.liandong.model.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.liandong.model.Require;

/** The assigned department acknowledges a task. */
public record AcknowledgeTaskCommand(
    @TargetAggregateIdentifier CampaignId campaignId, TaskId taskId, DepartmentCode department) {

  public AcknowledgeTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
  }
}
