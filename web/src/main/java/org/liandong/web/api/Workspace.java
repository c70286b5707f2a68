package org.liandong.web.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A department's workspace, {@code GET /departments/{code}}: its campaigns and their tasks, and the
 * cases it holds or that wait for it.
 */
public record Workspace(Named department, List<Campaign> campaigns, List<CaseFile> cases) {

  public record Campaign(
      String campaignId, String name, String phase, String role, List<Task> tasks) {}

  public record Task(
      String taskId,
      String title,
      Named region,
      LocalDate dueOn,
      String status,
      boolean overdue,
      String lastNote) {

    /** Overdue first, then by due date, as a department works through them. */
    public static final Comparator<Task> URGENCY =
        Comparator.comparing((Task task) -> !task.overdue())
            .thenComparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Neither completed nor cancelled. */
    public boolean open() {
      return !"COMPLETED".equals(status) && !"CANCELLED".equals(status);
    }

    /** Assigned and not yet acknowledged. */
    public boolean unacknowledged() {
      return "ASSIGNED".equals(status);
    }
  }
}
