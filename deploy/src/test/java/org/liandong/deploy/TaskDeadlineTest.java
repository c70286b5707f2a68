package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;

/**
 * A task whose due date passes unfinished becomes overdue by itself, as an event; the deadline is
 * kept in MongoDB, so it holds across a restart of the command side, and is never marked twice.
 */
@DisplayName("Tasks past their due date become overdue, across restarts")
class TaskDeadlineTest {

  @Test
  @DisplayName(
      "a task past due is marked overdue once, and stays so after the command side restarts")
  void overdueSurvivesRestart() {
    LocalPlatform platform = TestPlatforms.shared();
    String queries = "http://localhost:" + platform.queryPort();
    String commands = "http://localhost:" + platform.commandPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "DEADLINE-2020", "name": "Deadline test", "focus": "RURAL_MARKETS",
         "leadDepartment": "SAMR", "participatingDepartments": ["MARA"], "regions": ["41"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    assertThat(
            Http.post(commands + "/campaigns/DEADLINE-2020/tasks", task("DL-1", "2020-09-30"))
                .status())
        .isEqualTo(201);
    assertThat(
            Http.post(commands + "/campaigns/DEADLINE-2020/tasks", task("DL-2", "2020-10-31"))
                .status())
        .isEqualTo(201);
    assertThat(
            Http.post(
                    commands + "/campaigns/DEADLINE-2020/tasks/DL-2/completion",
                    "{\"department\": \"MARA\", \"note\": \"inspections done\"}")
                .status())
        .isEqualTo(201);

    await().atMost(Duration.ofSeconds(60)).until(() -> overdue(queries, "DL-1"));

    platform.restartCommandSide();
    String restarted = "http://localhost:" + platform.commandPort();
    assertThat(
            Http.post(restarted + "/campaigns/DEADLINE-2020/tasks", task("DL-3", "2020-11-30"))
                .status())
        .isEqualTo(201);
    await().atMost(Duration.ofSeconds(60)).until(() -> overdue(queries, "DL-3"));

    assertThat(overdue(queries, "DL-1")).isTrue();
    List<Object> history =
        platform
            .commandSide()
            .getBean(EventStore.class)
            .readEvents("DEADLINE-2020", 0)
            .asStream()
            .<Object>map(event -> event.getPayload())
            .toList();
    assertThat(overdueMarks(history, "DL-1")).isEqualTo(1);
    assertThat(overdueMarks(history, "DL-3")).isEqualTo(1);
    // DL-2 was past due from its assignment, so the watch may have marked it in the moment before
    // its completion; never after it.
    int completed = indexOfCompletion(history, "DL-2");
    assertThat(overdueMarks(history.subList(completed, history.size()), "DL-2")).isZero();
    long overdueEvents = history.stream().filter(TaskOverdue.class::isInstance).count();
    // The campaign summary is a projection of its own, with its own pace.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode tasks = Http.get(queries + "/campaigns/DEADLINE-2020").body().path("tasks");
              assertThat(tasks.path("overdue").asLong()).isEqualTo(overdueEvents);
              assertThat(tasks.path("completedOnTime").asLong()).isZero();
              assertThat(tasks.path("completed").asLong()).isEqualTo(1);
            });
  }

  private static long overdueMarks(List<Object> events, String taskId) {
    return events.stream()
        .filter(e -> e instanceof TaskOverdue overdue && overdue.taskId().value().equals(taskId))
        .count();
  }

  private static int indexOfCompletion(List<Object> events, String taskId) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof TaskCompleted done && done.taskId().value().equals(taskId)) {
        return i;
      }
    }
    throw new AssertionError(taskId + " was never completed");
  }

  private static boolean overdue(String queries, String taskId) {
    for (JsonNode campaign : Http.get(queries + "/departments/MARA").body().path("campaigns")) {
      for (JsonNode task : campaign.path("tasks")) {
        if (task.path("taskId").asText().equals(taskId)) {
          return task.path("overdue").asBoolean();
        }
      }
    }
    return false;
  }

  private static String task(String taskId, String dueOn) {
    return """
        {"taskId": "%s", "department": "MARA", "title": "Inspect the seed markets", "dueOn": "%s",
         "targets": {"SITES_RAIDED": 10}}
        """
        .formatted(taskId, dueOn);
  }
}
