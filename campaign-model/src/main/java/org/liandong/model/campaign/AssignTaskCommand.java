package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import org.liandong.model.Require;

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
