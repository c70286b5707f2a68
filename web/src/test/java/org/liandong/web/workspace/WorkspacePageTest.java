package org.liandong.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.web.api.Workspace;

@DisplayName("A workspace's open tasks")
class WorkspacePageTest {

  @Test
  @DisplayName("come overdue first, then by due date, without the finished ones")
  void order() {
    Workspace workspace =
        new Workspace(
            null,
            List.of(
                new Workspace.Campaign(
                    "A",
                    "A",
                    "CRACKDOWN",
                    "LEAD",
                    List.of(
                        task("late", "2020-07-01", false),
                        task("soon", "2020-05-01", false),
                        task("done", "2020-01-01", false, "COMPLETED"))),
                new Workspace.Campaign(
                    "B",
                    "B",
                    "CRACKDOWN",
                    "PARTICIPANT",
                    List.of(task("overdue", "2020-06-01", true)))),
            List.of());
    assertThat(WorkspacePage.openTasks(workspace))
        .extracting(open -> open.task().taskId())
        .containsExactly("overdue", "soon", "late");
  }

  private static Workspace.Task task(String id, String due, boolean overdue) {
    return task(id, due, overdue, "ASSIGNED");
  }

  private static Workspace.Task task(String id, String due, boolean overdue, String status) {
    return new Workspace.Task(id, id, null, LocalDate.parse(due), status, overdue, null);
  }
}
