package org.liandong.deploy;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.publishing.EventPublication;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A campaign remembers only the reports its index does not hold yet: the index is kept from the
 * published events, an index lost is read again from the store before a campaign that relied on it
 * is answered, and a campaign loaded after a restart answers retries, corrections and retractions
 * of reports it forgot from the index.
 */
@DisplayName("The report index holds every report, so a campaign's memory stays bounded")
class ReportIndexTest {

  private static final String CAMPAIGN = "INDEX-2020";
  private static final int REPORTS = 300;

  private final LocalPlatform platform = TestPlatforms.shared();
  private String commands = "http://localhost:" + platform.commandPort();

  @Test
  @DisplayName("300 reports indexed, the index lost and read again, retries and changes answered")
  void boundedMemoryAnsweredFromTheIndex() {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "INDEX-2020", "name": "Index test", "focus": "RURAL_MARKETS",
         "leadDepartment": "SAMR", "participatingDepartments": ["MARA"], "regions": ["41", "42"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
    for (int i = 1; i <= REPORTS; i++) {
      assertThat(Http.post(commands + "/campaigns/INDEX-2020/site-raids", raid(i, 1)).status())
          .isEqualTo(201);
    }
    awaitIndexed();
    assertThat(indexedReports(REPORTS)).isEqualTo(REPORTS);

    // The index lost while the campaign relies on it: a retry reads the history into it first.
    index().deleteMany(in("_id", ids(REPORTS)));
    index().deleteOne(eq("_id", CAMPAIGN));
    Http.Response lost = Http.post(commands + "/campaigns/INDEX-2020/site-raids", raid(7, 1));
    assertThat(lost.status()).isEqualTo(200);
    assertThat(lost.body().path("status").asText()).isEqualTo("ALREADY_RECORDED");
    assertThat(index().find(eq("_id", CAMPAIGN)).first()).as("read again").isNotNull();

    assertThat(Http.post(commands + "/campaigns/INDEX-2020/site-raids", raid(301, 1)).status())
        .isEqualTo(201);
    awaitIndexed();
    assertThat(indexedReports(REPORTS + 1)).isEqualTo(REPORTS + 1);

    platform.restartCommandSide();
    commands = "http://localhost:" + platform.commandPort();
    assertThat(remembered()).isLessThan(REPORTS / 2);
    Http.Response retry = Http.post(commands + "/campaigns/INDEX-2020/site-raids", raid(7, 1));
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body().path("status").asText()).isEqualTo("ALREADY_RECORDED");
    assertThat(Http.post(commands + "/campaigns/INDEX-2020/site-raids", raid(7, 2)).status())
        .isEqualTo(409);
    String correction =
        raid(7, 3).replace("\"reportId\": \"INDEX-7\",", "\"reason\": \"recount\",");
    assertThat(Http.put(commands + "/campaigns/INDEX-2020/site-raids/INDEX-7", correction).status())
        .isEqualTo(201);
    assertThat(Http.put(commands + "/campaigns/INDEX-2020/site-raids/INDEX-7", correction).status())
        .isEqualTo(200);
    String retraction = "{\"department\": \"MARA\", \"reason\": \"entered twice\"}";
    assertThat(
            Http.post(commands + "/campaigns/INDEX-2020/reports/INDEX-8/retraction", retraction)
                .status())
        .isEqualTo(201);
    assertThat(
            Http.post(commands + "/campaigns/INDEX-2020/reports/INDEX-8/retraction", retraction)
                .status())
        .isEqualTo(200);
    assertThat(Http.post(commands + "/campaigns/INDEX-2020/site-raids", raid(8, 1)).status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "with the publisher stopped, the index keeps up with the appends and campaigns forget")
  void indexedWhileUnpublished() {
    EventPublication publisher = platform.commandSide().getBean(EventPublication.class);
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "UNPUBLISHED-2020", "name": "Index without the topic", "focus": "RURAL_MARKETS",
         "leadDepartment": "SAMR", "participatingDepartments": ["MARA"], "regions": ["41"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "UNPUBLISHED-2020");
    publisher.stop();
    try {
      for (int i = 1; i <= REPORTS; i++) {
        String raid = raid(i, 1).replace("INDEX-", "UNPUBLISHED-");
        assertThat(Http.post(commands + "/campaigns/UNPUBLISHED-2020/site-raids", raid).status())
            .isEqualTo(201);
      }
      awaitIndexed("UNPUBLISHED-2020");
      // The campaign's bound is 256 reports remembered; without the index it would hold all 300.
      assertThat(remembered("UNPUBLISHED-2020")).isLessThan(256);
    } finally {
      publisher.start();
    }
  }

  /** Until the index holds every event of the campaign's history. */
  private void awaitIndexed() {
    awaitIndexed(CAMPAIGN);
  }

  private void awaitIndexed(String campaign) {
    EventStorageEngine storage = platform.commandSide().getBean(EventStorageEngine.class);
    long last = storage.lastSequenceNumberFor(campaign).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              Document mark = index().find(eq("_id", campaign)).first();
              return mark != null && mark.get("indexedTo", Number.class).longValue() == last;
            });
  }

  private long indexedReports(int reports) {
    return index().countDocuments(in("_id", ids(reports)));
  }

  private static List<String> ids(int reports) {
    return IntStream.rangeClosed(1, reports).mapToObj(i -> CAMPAIGN + "/INDEX-" + i).toList();
  }

  /** How many reports the campaign remembers, loaded anew unless it is in the cache. */
  private int remembered() {
    return remembered(CAMPAIGN);
  }

  private int remembered(String campaign) {
    Repository<?> campaigns =
        platform.commandSide().getBean("campaignRepository", Repository.class);
    return DefaultUnitOfWork.startAndGet(null)
        .executeWithResult(
            () ->
                campaigns
                    .load(campaign)
                    .invoke(
                        loaded ->
                            assertThat(loaded)
                                .extracting("reports")
                                .extracting("reports", as(InstanceOfAssertFactories.MAP))
                                .actual()
                                .size()))
        .getPayload();
  }

  private MongoCollection<Document> index() {
    return platform.commandSide().getBean(MongoTemplate.class).getCollection("report_index");
  }

  private static String raid(int number, int sites) {
    return """
        {"reportId": "INDEX-%d", "department": "MARA", "region": "41", "occurredOn": "2020-05-01",
         "reportedBy": "ha.agriculture", "sites": %d}
        """
        .formatted(number, sites);
  }
}
