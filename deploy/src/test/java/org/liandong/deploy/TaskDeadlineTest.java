package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
    assertThat(overdue(queries, "DL-2")).isFalse();

    platform.restartCommandSide();
    String restarted = "http://localhost:" + platform.commandPort();
    assertThat(
            Http.post(restarted + "/campaigns/DEADLINE-2020/tasks", task("DL-3", "2020-11-30"))
                .status())
        .isEqualTo(201);
    await().atMost(Duration.ofSeconds(60)).until(() -> overdue(queries, "DL-3"));

    assertThat(overdue(queries, "DL-1")).isTrue();
    long overdueEvents =
        platform
            .commandSide()
            .getBean(EventStore.class)
            .readEvents("DEADLINE-2020", 0)
            .asStream()
            .filter(event -> event.getPayload() instanceof TaskOverdue)
            .count();
    assertThat(overdueEvents).isEqualTo(2);
    JsonNode tasks = Http.get(queries + "/campaigns/DEADLINE-2020").body().path("tasks");
    assertThat(tasks.path("overdue").asLong()).isEqualTo(2);
    assertThat(tasks.path("completedOnTime").asLong()).isZero();
    assertThat(tasks.path("completed").asLong()).isEqualTo(1);
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
