package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The local platform keeps everything in its data folder: stopped and started again, it has the
 * same history and the same views, the demo data is not loaded twice, and nothing is counted twice
 * when the query side reads the topic again.
 */
@DisplayName("Restarting the local platform keeps all data and counts nothing twice")
class RestartTest {

  /** Reports in demo/requests.json: 4 in Sword Net, 9 in Wangjian, 6 in Kunlun. */
  private static final long DEMO_REPORTS = 19;

  /** Demo tasks, all due in the past and none completed: each becomes overdue. */
  private static final long DEMO_TASKS_OVERDUE = 8;

  @Test
  @DisplayName("after a restart the history, the demo data and both views are as they were")
  void restartKeepsEverything() {
    LocalPlatformProperties settings =
        TestPlatforms.settings(TestPlatforms.temporaryFolder(), true);
    JsonNode campaignsBefore;
    JsonNode policeBefore;
    long kunlunEventsBefore;
    try (LocalPlatform first = LocalPlatform.start(settings)) {
      String queries = "http://localhost:" + first.queryPort();
      await().atMost(Duration.ofSeconds(90)).until(() -> reportsIn(queries) == DEMO_REPORTS);
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> sumOver(queries, "tasks", "overdue") == DEMO_TASKS_OVERDUE);
      campaignsBefore = Http.get(queries + "/campaigns").body();
      policeBefore = Http.get(queries + "/departments/MPS").body();
      kunlunEventsBefore = events(first, "KUNLUN-2025");
    }
    assertThat(campaignsBefore).hasSize(3);
    assertThat(kunlunEventsBefore).isEqualTo(13);

    try (LocalPlatform second = LocalPlatform.start(settings)) {
      String commands = "http://localhost:" + second.commandPort();
      String queries = "http://localhost:" + second.queryPort();
      assertThat(events(second, "KUNLUN-2025")).isEqualTo(kunlunEventsBefore);
      assertThat(Http.get(queries + "/campaigns").body()).isEqualTo(campaignsBefore);

      Http.Response raid =
          Http.post(
              commands + "/campaigns/KUNLUN-2025/site-raids",
              """
              {"reportId": "KL25-R-RESTART", "department": "MPS", "region": "44",
               "occurredOn": "2025-07-01", "reportedBy": "gd.police", "sites": 2}
              """);
      assertThat(raid.status()).isEqualTo(201);
      await().atMost(Duration.ofSeconds(90)).until(() -> reportsIn(queries) == DEMO_REPORTS + 1);

      JsonNode police = Http.get(queries + "/departments/MPS").body();
      assertThat(police.path("totals").path("sitesRaided").asLong())
          .isEqualTo(policeBefore.path("totals").path("sitesRaided").asLong() + 2);
      assertThat(police.path("byCategory")).isEqualTo(policeBefore.path("byCategory"));
      JsonNode campaignsAfter = Http.get(queries + "/campaigns").body();
      for (int i = 0; i < campaignsAfter.size(); i++) {
        JsonNode after = campaignsAfter.get(i);
        JsonNode before = campaignsBefore.get(i);
        long added = after.path("campaignId").asText().equals("KUNLUN-2025") ? 1 : 0;
        assertThat(after.path("totals").path("reports").asLong())
            .isEqualTo(before.path("totals").path("reports").asLong() + added);
        assertThat(after.path("byCategory")).isEqualTo(before.path("byCategory"));
      }
    }
  }

  private static long reportsIn(String queries) {
    return sumOver(queries, "totals", "reports");
  }

  private static long sumOver(String queries, String block, String figure) {
    long sum = 0;
    for (JsonNode campaign : Http.get(queries + "/campaigns").body()) {
      sum += campaign.path(block).path(figure).asLong();
    }
    return sum;
  }

  private static long events(LocalPlatform platform, String campaignId) {
    return platform
        .commandSide()
        .getBean(EventStore.class)
        .readEvents(campaignId)
        .asStream()
        .count();
  }
}
