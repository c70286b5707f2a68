package org.liandong.model.task;

import java.time.LocalDate;
import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.Targets;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TaskId;

/** The office assigns a task to a participating department, optionally for one region. */
public record AssignTaskCommand(
    @TargetId CampaignId campaignId,
    TaskId taskId,
    DepartmentCode department,
    RegionCode region,
    String title,
    LocalDate dueOn,
    Map<Figure, Long> targets) {

  public AssignTaskCommand {
    Require.present(campaignId, "campaignId");
    Require.present(taskId, "taskId");
    Require.present(department, "department");
    title = Require.text(title, "title", 500);
    Require.present(dueOn, "dueOn");
    targets = Targets.checked(targets == null ? Map.of() : targets);
  }
}
