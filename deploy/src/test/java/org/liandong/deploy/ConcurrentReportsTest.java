package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.FieldReport;

/**
 * Many departments report into one campaign at the same moment. Every acknowledged report must be
 * in the history exactly once and counted exactly once, retries included; none may fail.
 */
@DisplayName("32 concurrent clients reporting into one campaign")
class ConcurrentReportsTest {

  private static final int CLIENTS = 32;
  private static final int REPORTS_PER_CLIENT = 5;

  @Test
  @DisplayName("every acknowledged report is stored once and projected once")
  void concurrentReportsAllLand() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "CONCURRENT-2020", "name": "Concurrency test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS", "GACC", "CAC", "SPB"],
         "regions": ["11", "31", "33", "44"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "CONCURRENT-2020");
    String[] departments = {"SAMR", "MPS", "GACC", "CAC", "SPB"};
    String[] regions = {"11", "31", "33", "44"};

    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<List<Integer>>> answers = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      int c = client;
      answers.add(
          clients.submit(
              () -> {
                List<Integer> statuses = new ArrayList<>();
                for (int r = 0; r < REPORTS_PER_CLIENT; r++) {
                  String body =
                      """
                      {"reportId": "C%d-R%d", "department": "%s", "region": "%s",
                       "occurredOn": "2020-06-01", "reportedBy": "client-%d", "websites": 1}
                      """
                          .formatted(
                              c,
                              r,
                              departments[c % departments.length],
                              regions[r % regions.length],
                              c);
                  statuses.add(
                      Http.post(commands + "/campaigns/CONCURRENT-2020/website-closures", body)
                          .status());
                  if (r == 0) {
                    statuses.add(
                        Http.post(commands + "/campaigns/CONCURRENT-2020/website-closures", body)
                            .status());
                  }
                }
                return statuses;
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<List<Integer>> answer : answers) {
      statuses.addAll(answer.get());
    }
    clients.shutdown();

    int reports = CLIENTS * REPORTS_PER_CLIENT;
    assertThat(statuses).filteredOn(status -> status == 201).hasSize(reports);
    assertThat(statuses).filteredOn(status -> status == 200).hasSize(CLIENTS);
    assertThat(statuses).hasSize(reports + CLIENTS);

    List<String> storedReportIds =
        platform
            .commandSide()
            .getBean(EventStore.class)
            .readEvents("CONCURRENT-2020", 0)
            .asStream()
            .map(DomainEventMessage::getPayload)
            .filter(FieldReport.class::isInstance)
            .map(payload -> ((FieldReport) payload).reportId().value())
            .toList();
    assertThat(storedReportIds).hasSize(reports).doesNotHaveDuplicates();

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/campaigns/CONCURRENT-2020")
                            .body()
                            .path("totals")
                            .path("websitesClosed")
                            .asLong())
                    .isEqualTo(reports));
    assertThat(
            Http.get(queries + "/campaigns/CONCURRENT-2020")
                .body()
                .path("totals")
                .path("reports")
                .asLong())
        .isEqualTo(reports);
  }
}
