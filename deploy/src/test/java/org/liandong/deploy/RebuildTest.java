package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.query.projection.GuardedWrite;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every projection rebuilt from the start of the topic into a new version, while the current one
 * serves reads and reports keep coming; the new version takes over and agrees with the old one.
 */
@DisplayName("Projections are rebuilt while they serve reads")
class RebuildTest {

  private static final String CAMPAIGN = "REBUILD-2021";
  private static final int REPORTS_BEFORE = 10;
  private static final int REPORTS_DURING = 30;

  @Test
  @DisplayName(
      "each projection rebuilt while reads and reports go on takes over and agrees with the old"
          + " version")
  void rebuildWhileServing() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    launch(commands);
    for (int report = 1; report <= REPORTS_BEFORE; report++) {
      raid(commands, report);
    }
    awaitReports(queries, REPORTS_BEFORE);

    Map<String, Integer> servingBefore = new HashMap<>();
    for (JsonNode projection : Http.get(queries + "/projections").body()) {
      servingBefore.put(
          projection.path("name").asText(), projection.path("serving").path("version").asInt());
    }
    assertThat(servingBefore)
        .containsOnlyKeys(
            "campaign_summaries",
            "case_files",
            "department_workspaces",
            "reports",
            "statistics_by_year",
            "history",
            "evaluations",
            "releases",
            "typical_cases");

    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<String> failedReads = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    Future<?> reader =
        clients.submit(
            () -> {
              while (reading.get()) {
                for (String path :
                    List.of("/departments/MPS", "/campaigns/" + CAMPAIGN, "/statistics/2021")) {
                  Http.Response response = Http.get(queries + path);
                  reads.incrementAndGet();
                  if (response.status() != 200) {
                    failedReads.add(path + " " + response.status());
                  }
                }
              }
            });
    Future<?> writer =
        clients.submit(
            () -> {
              for (int report = REPORTS_BEFORE + 1;
                  report <= REPORTS_BEFORE + REPORTS_DURING;
                  report++) {
                raid(commands, report);
              }
            });

    for (Map.Entry<String, Integer> projection : servingBefore.entrySet()) {
      Http.Response started =
          Http.post(queries + "/projections/" + projection.getKey() + "/rebuilds", "");
      assertThat(started.status()).isEqualTo(202);
      JsonNode building = started.body().path("building");
      assertThat(building.path("version").asInt()).isEqualTo(projection.getValue() + 1);
      assertThat(building.path("eventsTotal").asLong()).isPositive();
    }
    writer.get(60, TimeUnit.SECONDS);
    awaitReports(queries, REPORTS_BEFORE + REPORTS_DURING);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () -> {
              for (JsonNode status : Http.get(queries + "/projections").body()) {
                int before = servingBefore.get(status.path("name").asText());
                if (!status.path("building").isNull()
                    || status.path("serving").path("version").asInt() != before + 1
                    || status.path("serving").path("eventsBehind").asLong(-1) != 0
                    || status.path("previous").path("eventsBehind").asLong(-1) != 0) {
                  return false;
                }
              }
              return true;
            });
    reading.set(false);
    reader.get(30, TimeUnit.SECONDS);
    clients.shutdown();

    assertThat(failedReads).isEmpty();
    assertThat(reads.get()).isPositive();
    MongoTemplate views = platform.querySide().getBean(MongoTemplate.class);
    // Another test's late task may be marked overdue between the reads of the two versions.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              for (Map.Entry<String, Integer> projection : servingBefore.entrySet()) {
                Map<Object, Document> old =
                    documents(views, projection.getKey() + "_v" + projection.getValue());
                Map<Object, Document> rebuilt =
                    documents(views, projection.getKey() + "_v" + (projection.getValue() + 1));
                assertThat(rebuilt).as(projection.getKey()).isNotEmpty().isEqualTo(old);
              }
            });
    JsonNode campaign = Http.get(queries + "/campaigns/" + CAMPAIGN).body();
    assertThat(campaign.path("totals").path("sitesRaided").asLong())
        .isEqualTo(REPORTS_BEFORE + REPORTS_DURING);
  }

  @Test
  @DisplayName(
      "the campaign topic keeps every event for ever, since rebuilds read it from its start")
  void topicKeepsHistory() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "campaign-events");
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers()))) {
      Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
      assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
      assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
    }
  }

  /** The documents by id, without the revision each write sets anew (it is not the content). */
  private static Map<Object, Document> documents(MongoTemplate views, String collection) {
    Map<Object, Document> documents = new HashMap<>();
    for (Document document : views.getCollection(collection).find()) {
      document.remove(GuardedWrite.REVISION);
      documents.put(document.get("_id"), document);
    }
    return documents;
  }

  private static void launch(String commands) {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Rebuild test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["44"],
         "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """
            .formatted(CAMPAIGN));
    TestPlatforms.mobilise(commands, CAMPAIGN);
  }

  private static void raid(String commands, int report) {
    Http.Response response =
        Http.post(
            commands + "/campaigns/" + CAMPAIGN + "/site-raids",
            """
            {"reportId": "RB-%d", "department": "MPS", "region": "44",
             "occurredOn": "2021-04-01", "reportedBy": "li.mps", "sites": 1}
            """
                .formatted(report));
    assertThat(response.status()).isEqualTo(201);
  }

  private static void awaitReports(String queries, int reports) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/" + CAMPAIGN)
                        .body()
                        .path("totals")
                        .path("reports")
                        .asLong()
                    == reports);
  }
}
