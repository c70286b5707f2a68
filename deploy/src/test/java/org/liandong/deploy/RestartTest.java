package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local platform keeps everything in its data folder: stopped and started again, it has the
 * same history and the same views, the demo data is not loaded twice, and nothing is counted twice
 * when the query side reads the topic again.
 */
@DisplayName("Restarting the local platform keeps all data and counts nothing twice")
class RestartTest {

  /**
   * Reports in demo/requests.json: 4 in Sword Net, 7 in Wangjian, 7 in Kunlun 2025, 7 in Kunlun
   * 2024, 5 of 2020's and 4 of 2019's judicial figures, 1 each in Iron Fist and Longteng, 3 in the
   * 2015 campaign.
   */
  private static final long DEMO_REPORTS = 39;

  /**
   * Demo tasks of the campaigns left open, all due in the past and none completed: each becomes
   * overdue. Sword Net's three are not counted: whether they are marked before the demo closes the
   * campaign depends on when the overdue watch runs.
   */
  private static final long DEMO_OPEN_TASKS_OVERDUE = 5;

  @Test
  @DisplayName("after a restart the history, the demo data and both views are as they were")
  void restartKeepsEverything(@TempDir Path data) {
    LocalPlatformProperties settings = TestPlatforms.settings(data, true);
    JsonNode campaignsBefore;
    JsonNode policeBefore;
    long kunlunEventsBefore;
    try (LocalPlatform first = LocalPlatform.start(settings)) {
      String queries = "http://localhost:" + first.queryPort();
      await().atMost(Duration.ofSeconds(90)).until(() -> demoSettled(queries));
      campaignsBefore = Http.get(queries + "/campaigns").body();
      // The department workspace is a projection of its own, with its own pace.
      await().atMost(Duration.ofSeconds(90)).until(() -> policeSettled(queries));
      policeBefore = Http.get(queries + "/departments/MPS").body();
      kunlunEventsBefore = events(first, "KUNLUN-2025");
    }
    assertThat(campaignsBefore).hasSize(9);
    // Launched, two tasks, two phases, seven reports, both tasks overdue.
    assertThat(kunlunEventsBefore).isEqualTo(14);

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

      // The department workspace is a projection of its own, with its own pace.
      await()
          .atMost(Duration.ofSeconds(90))
          .untilAsserted(
              () -> {
                JsonNode police = Http.get(queries + "/departments/MPS").body();
                assertThat(police.path("totals").path("sitesRaided").asLong())
                    .isEqualTo(policeBefore.path("totals").path("sitesRaided").asLong() + 2);
                assertThat(police.path("byCategory")).isEqualTo(policeBefore.path("byCategory"));
              });
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
    long sum = 0;
    for (JsonNode campaign : Http.get(queries + "/campaigns").body()) {
      sum += campaign.path("totals").path("reports").asLong();
    }
    return sum;
  }

  /** All demo reports projected, Sword Net closed, and every open campaign's tasks overdue. */
  private static boolean demoSettled(String queries) {
    long reports = 0;
    long closed = 0;
    long openOverdue = 0;
    for (JsonNode campaign : Http.get(queries + "/campaigns").body()) {
      reports += campaign.path("totals").path("reports").asLong();
      if (campaign.path("phase").asText().equals("CLOSED")) {
        closed++;
      } else {
        openOverdue += campaign.path("tasks").path("overdue").asLong();
      }
    }
    return reports == DEMO_REPORTS && closed == 1 && openOverdue == DEMO_OPEN_TASKS_OVERDUE;
  }

  /**
   * The police's demo reports all projected into its workspace: in demo/requests.json MPS sends 22
   * reports (2 in Sword Net, 7 in each Kunlun, 2 of each year's judicial figures, 2 of the 2015
   * Hebei network) of 3 sites raided, 23 dens dismantled (13 in Hebei, 5 each in Zaozhuang and
   * Harbin), 5 seizures (only Sword Net's valued, at 375,000 yuan), 61,123 suspects arrested and
   * 58,001 cases filed, one of a trade secret, the others of no stated right.
   */
  private static boolean policeSettled(String queries) {
    JsonNode workspace = Http.get(queries + "/departments/MPS").body();
    JsonNode totals = workspace.path("totals");
    return totals.path("reports").asLong() == 22
        && totals.path("sitesRaided").asLong() == 3
        && totals.path("densDismantled").asLong() == 23
        && totals.path("seizures").asLong() == 5
        && totals.path("suspectsArrested").asLong() == 61_123
        && totals.path("casesFiled").asLong() == 58_001
        && workspace.path("byRight").path(1).path("right").asText().equals("TRADE_SECRET")
        && totals.path("goodsValueCny").decimalValue().compareTo(new BigDecimal("375000")) == 0;
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
