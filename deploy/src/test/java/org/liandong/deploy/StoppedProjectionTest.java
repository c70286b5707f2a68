package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * A record a projection cannot take in stops that projection at that record, visibly (the
 * projections' status, health and metrics, and the views' coverage), until an operator parks it on
 * the dead-letter topic; then the projection goes on with the records after it. On a platform of
 * its own, because every projection of it stops for a while.
 */
@DisplayName("A record a projection cannot take in stops it visibly until it is dead-lettered")
class StoppedProjectionTest {

  private static final int PROJECTIONS = 9;

  @TempDir static Path data;

  private static LocalPlatform platform;
  private static String commands;
  private static String queries;

  @BeforeAll
  static void start() {
    platform = LocalPlatform.start(TestPlatforms.settings(data, false));
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  @DisplayName("bytes that are no envelope stop every projection at their offset")
  void poisonRecord() {
    launch("POISON-2020");
    RecordMetadata poison =
        TopicProducer.send(
            platform.kafkaBootstrapServers(),
            "POISON-2020",
            "this is no envelope".getBytes(StandardCharsets.UTF_8));
    raid("POISON-2020", "PS-1", 3);

    List<JsonNode> stopped = awaitStopped(poison, "not a CloudEvents JSON document");
    awaitIncomplete("POISON-2020");
    assertThat(totals("POISON-2020").path("sitesRaided").asLong()).isZero();
    JsonNode health = Http.get(queries + "/actuator/health").body();
    assertThat(health.path("status").asText()).isEqualTo("DOWN");
    assertThat(health.path("components").path("projections").path("details").path("stoppedAt"))
        .anySatisfy(
            reason -> assertThat(reason.asText()).contains("not a CloudEvents JSON document"));
    assertThat(
            health
                .path("components")
                .path("projections")
                .path("details")
                .path("stoppedAt")
                .has(
                    "campaign_summaries v1 partition %d offset %d"
                        .formatted(poison.partition(), poison.offset())))
        .isTrue();
    assertThat(
            Http.get(
                    queries
                        + "/actuator/metrics/liandong.projection.records.stopped"
                        + "?tag=projection:campaign_summaries")
                .body()
                .path("measurements")
                .get(0)
                .path("value")
                .asDouble())
        .isEqualTo(1.0);

    // The coverage is the projection's: the other tests' records count in it too.
    long deadLetteredBefore =
        Http.get(queries + "/campaigns/POISON-2020")
            .body()
            .path("coverage")
            .path("recordsDeadLettered")
            .asLong();
    deadLetterAll(stopped, poison);

    awaitCounted("POISON-2020", 3);
    JsonNode coverage = Http.get(queries + "/campaigns/POISON-2020").body().path("coverage");
    assertThat(coverage.path("incomplete").asBoolean()).isTrue();
    assertThat(coverage.path("recordsDeadLettered").asLong()).isEqualTo(deadLetteredBefore + 1);
    assertThat(coverage.path("recordsStoppedAt").asLong()).isZero();
    List<ConsumerRecord<String, byte[]>> deadLettered = deadLettered(poison, PROJECTIONS);
    assertThat(deadLettered)
        .allSatisfy(
            record -> {
              assertThat(new String(record.value(), StandardCharsets.UTF_8))
                  .isEqualTo("this is no envelope");
              assertThat(header(record, "liandong-reason"))
                  .contains("not a CloudEvents JSON document");
            });
    assertThat(deadLettered)
        .extracting(record -> header(record, "liandong-projection"))
        .containsExactlyInAnyOrderElementsOf(
            stopped.stream().map(status -> status.path("name").asText()).toList());
  }

  @Test
  @DisplayName("an event type this reader does not know stops every projection at its offset")
  void unknownEventType() {
    launch("NEWTYPE-2020");
    long next =
        platform
            .commandSide()
            .getBean(EventStore.class)
            .readEvents("NEWTYPE-2020")
            .asStream()
            .count();
    String newer =
        new String(otherRaid("NEWTYPE-2020", next).encode(), StandardCharsets.UTF_8)
            .replace("org.liandong.campaign.SiteRaided", "org.liandong.campaign.SomethingNew");
    RecordMetadata unknown =
        TopicProducer.send(
            platform.kafkaBootstrapServers(),
            "NEWTYPE-2020",
            newer.getBytes(StandardCharsets.UTF_8));

    List<JsonNode> stopped =
        awaitStopped(unknown, "of type org.liandong.campaign.SomethingNew, which this reader");
    awaitIncomplete("NEWTYPE-2020");

    deadLetterAll(stopped, unknown);

    assertThat(deadLettered(unknown, PROJECTIONS))
        .allSatisfy(
            record -> assertThat(record.value()).isEqualTo(newer.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("a second, different event under a sequence taken in stops every projection")
  void secondEventUnderASequence() {
    launch("FORK-2020");
    raid("FORK-2020", "FK-1", 2);
    awaitCounted("FORK-2020", 2);
    long raidSequence =
        platform.commandSide().getBean(EventStore.class).readEvents("FORK-2020").asStream().count()
            - 1;
    RecordMetadata fork =
        TopicProducer.send(
            platform.kafkaBootstrapServers(),
            "FORK-2020",
            otherRaid("FORK-2020", raidSequence).encode());
    raid("FORK-2020", "FK-2", 4);

    List<JsonNode> stopped = awaitStopped(fork, "a second, different event");
    awaitIncomplete("FORK-2020");
    assertThat(totals("FORK-2020").path("sitesRaided").asLong()).isEqualTo(2);

    deadLetterAll(stopped, fork);

    awaitCounted("FORK-2020", 2 + 4);
    assertThat(deadLettered(fork, PROJECTIONS))
        .allSatisfy(
            record ->
                assertThat(header(record, "liandong-reason"))
                    .contains("FORK-2020 sequence " + raidSequence));
  }

  private static void launch(String campaign) {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Stopped projection test", "focus": "PIRACY",
         "leadDepartment": "NCAC", "participatingDepartments": ["MPS"], "regions": ["44"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """
            .formatted(campaign));
    TestPlatforms.mobilise(commands, campaign);
    // On the topic before the records this test sends past the command side, which follow them.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/" + campaign)
                    .body()
                    .path("phase")
                    .asText()
                    .equals("MOBILISATION"));
  }

  private static void raid(String campaign, String reportId, int sites) {
    Http.Response response =
        Http.post(
            commands + "/campaigns/" + campaign + "/site-raids",
            """
            {"reportId": "%s", "department": "MPS", "region": "44", "occurredOn": "2020-05-14",
             "reportedBy": "gd.police", "sites": %d}
            """
                .formatted(reportId, sites));
    assertThat(response.status()).isEqualTo(201);
  }

  /** The same report id and place as the raid there, but another event: a forked history. */
  private static EventEnvelope otherRaid(String campaign, long sequence) {
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        sequence,
        Instant.now(),
        EventTypes.revisionOf(SiteRaided.class),
        new SiteRaided(
            new CampaignId(campaign),
            new ReportId("FK-FORKED"),
            new ReportHeader(
                new DepartmentCode("MPS"),
                new RegionCode("44"),
                LocalDate.of(2020, 5, 15),
                "gd.police",
                Set.of(),
                null),
            new SiteRaid(9),
            false),
        Actor.SYSTEM);
  }

  /** Waits until every projection shows itself stopped at the record; returns their statuses. */
  private static List<JsonNode> awaitStopped(RecordMetadata record, String reason) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> stoppedAt(record, reason).size() == PROJECTIONS);
    return stoppedAt(record, reason);
  }

  private static List<JsonNode> stoppedAt(RecordMetadata record, String reason) {
    List<JsonNode> stopped = new ArrayList<>();
    for (JsonNode status : Http.get(queries + "/projections").body()) {
      for (JsonNode parked : status.path("parked")) {
        if (parked.path("partition").asInt() == record.partition()
            && parked.path("offset").asLong() == record.offset()
            && parked.path("stopping").asBoolean()
            && parked.path("reason").asText().contains(reason)
            && status.path("incomplete").asBoolean()) {
          stopped.add(status);
        }
      }
    }
    return stopped;
  }

  private static void awaitIncomplete(String campaign) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              Http.Response summary = Http.get(queries + "/campaigns/" + campaign);
              return summary.status() == 200
                  && summary.body().path("coverage").path("recordsStoppedAt").asLong() == 1;
            });
  }

  private static void deadLetterAll(List<JsonNode> stopped, RecordMetadata record) {
    for (JsonNode status : stopped) {
      Http.Response parked =
          Http.post(
              queries
                  + "/projections/%s/parked/%d/%d/dead-letter"
                      .formatted(status.path("name").asText(), record.partition(), record.offset()),
              "{}",
              "office");
      assertThat(parked.status()).isEqualTo(200);
      assertThat(parked.body().get(0).path("deadLetteredAt").isTextual()).isTrue();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.get(queries + "/actuator/health")
                    .body()
                    .path("components")
                    .path("projections")
                    .path("status")
                    .asText()
                    .equals("UP"));
  }

  private static void awaitCounted(String campaign, long sites) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> totals(campaign).path("sitesRaided").asLong() == sites);
  }

  private static JsonNode totals(String campaign) {
    return Http.get(queries + "/campaigns/" + campaign).body().path("totals");
  }

  /** The dead-letter topic's records of the record at that place of the campaign topic. */
  private static List<ConsumerRecord<String, byte[]>> deadLettered(
      RecordMetadata record, int expected) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "dead-letter-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
      consumer.subscribe(List.of(TopicProducer.TOPIC + ".dlt"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> dead : consumer.poll(Duration.ofMillis(200))) {
                  if (header(dead, "liandong-partition").equals(String.valueOf(record.partition()))
                      && header(dead, "liandong-offset").equals(String.valueOf(record.offset()))) {
                    found.add(dead);
                  }
                }
                return found.size() >= expected;
              });
    }
    return found;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
