package org.liandong.command.api;

import java.time.LocalDate;
import java.util.Map;
import org.liandong.model.campaign.Figure;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AssignTaskCommand;

record AssignTaskRequest(
    TaskId taskId,
    DepartmentCode department,
    RegionCode region,
    String title,
    LocalDate dueOn,
    Map<Figure, Long> targets) {

  AssignTaskCommand toCommand(CampaignId campaignId) {
    return new AssignTaskCommand(campaignId, taskId, department, region, title, dueOn, targets);
  }
}
