package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Publication has no time window. Another writer (a second node, or one held up in a pause) marks a
 * campaign, then its append becomes visible only later, with a timestamp a minute old; and an event
 * comes stamped by a clock minutes behind. Both reach the views.
 */
@DisplayName("events whose commits become visible late are published and counted")
class LateCommitTest {

  private static final String CAMPAIGN = "LATE-2020";

  @Test
  @DisplayName("a commit visible 60 s after its timestamp, and one from a clock 5 minutes behind")
  void lateCommitsArePublished() throws InterruptedException {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Late commits", "focus": "ONLINE_MARKET",
         "leadDepartment": "MPS", "participatingDepartments": [], "regions": ["11"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """
            .formatted(CAMPAIGN));
    TestPlatforms.mobilise(commands, CAMPAIGN);
    assertThat(
            Http.post(
                    commands + "/campaigns/" + CAMPAIGN + "/site-raids",
                    """
                    {"reportId": "LATE-1", "department": "MPS", "region": "11",
                     "occurredOn": "2020-06-01", "reportedBy": "on-time", "sites": 1}
                    """)
                .status())
        .isEqualTo(201);

    try (MongoClient client = MongoClients.create(platform.mongoUri())) {
      var events = client.getDatabase("liandong-events");
      MongoEventStorageEngine otherWriter =
          MongoEventStorageEngine.builder()
              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(events).build())
              .eventSerializer(serializer())
              .snapshotSerializer(serializer())
              .build();
      // As the marking engine of another node does, before an append that then takes a minute.
      events
          .getCollection("publication_pending")
          .updateOne(
              Filters.eq("_id", CAMPAIGN),
              Updates.max("upTo", 4L),
              new UpdateOptions().upsert(true));
      await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
      otherWriter.appendEvents(
          raid(3, "LATE-2", Instant.now().minusSeconds(60)),
          raid(4, "LATE-3", Instant.now().minus(Duration.ofMinutes(5))));
    }

    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                Http.get(queries + "/campaigns/" + CAMPAIGN)
                        .body()
                        .path("totals")
                        .path("reports")
                        .asLong()
                    >= 3);
    List<String> ledger = new ArrayList<>();
    Http.get(queries + "/campaigns/" + CAMPAIGN + "/reports")
        .body()
        .path("items")
        .forEach(item -> ledger.add(item.path("reportId").asText()));
    assertThat(ledger).containsExactlyInAnyOrder("LATE-1", "LATE-2", "LATE-3");
  }

  private static GenericDomainEventMessage<SiteRaided> raid(
      long sequence, String reportId, Instant timestamp) {
    SiteRaided event =
        new SiteRaided(
            new CampaignId(CAMPAIGN),
            new ReportId(reportId),
            new ReportHeader(
                new DepartmentCode("MPS"),
                new RegionCode("11"),
                LocalDate.of(2020, 6, 2),
                "late-writer",
                Set.of(),
                null),
            new SiteRaid(1),
            false);
    return new GenericDomainEventMessage<>(
        "Campaign",
        CAMPAIGN,
        sequence,
        event,
        MetaData.emptyInstance(),
        UUID.randomUUID().toString(),
        timestamp);
  }

  private static JacksonSerializer serializer() {
    return JacksonSerializer.builder().objectMapper(CampaignJson.mapper()).build();
  }
}
