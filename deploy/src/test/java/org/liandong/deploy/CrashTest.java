package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.envelope.EventEnvelope;

/**
 * The local platform killed with SIGKILL at random moments while clients report into it, again and
 * again. After every restart, each report that was acknowledged is in the store exactly once, on
 * the topic under one event per sequence, and counted exactly once in every view. About ten minutes
 * on two cores: it runs apart from {@code ./mvnw verify}, in the {@code faults} profile, which
 * {@code .ci/run} runs too.
 */
@Tag("faults")
@DisplayName("kill -9 during a load of reports, 20 times")
class CrashTest {

  private static final int CYCLES = 20;
  private static final int CLIENTS = 8;
  private static final String CAMPAIGN = "CRASH-2020";
  private static final String[] DEPARTMENTS = {"MPS", "SAMR"};

  @Test
  @DisplayName("every acknowledged report survives, published and counted once")
  void nothingAcknowledgedIsLost(@TempDir Path data) throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    PlatformProcess.Ports ports = PlatformProcess.Ports.free();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    PlatformProcess platform = PlatformProcess.start(data, ports);
    try {
      launch(ports.commands());
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        int reported = load(ports.commands(), cycle, acknowledged, 8 + random.nextInt(120));
        platform.kill();
        platform = PlatformProcess.start(data, ports);
        verify(ports, acknowledged, "cycle " + cycle + " (seed " + seed + ")");
        System.out.printf(
            "crash cycle %d: %d reports acknowledged before the kill, %d in all%n",
            cycle, reported, acknowledged.size());
      }
    } finally {
      platform.kill();
    }
    System.out.printf(
        "%d acknowledged reports survived %d kills (seed %d)%n", acknowledged.size(), CYCLES, seed);
    assertThat(acknowledged).hasSizeGreaterThan(CYCLES);
  }

  private static void launch(String commands) {
    Http.Response launched =
        Http.post(
            commands + "/campaigns",
            """
            {"campaignId": "%s", "name": "Crash test", "focus": "ONLINE_MARKET",
             "leadDepartment": "MPS", "participatingDepartments": ["SAMR"],
             "regions": ["11", "31"], "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
            """
                .formatted(CAMPAIGN));
    assertThat(launched.status()).isEqualTo(201);
    TestPlatforms.mobilise(commands, CAMPAIGN);
  }

  /**
   * Clients report until the platform is killed once {@code requests} reports have been sent, at a
   * moment set by progress rather than by the clock, so that a slow machine is killed under load
   * too; returns how many reports of this cycle were acknowledged.
   */
  private static int load(String commands, int cycle, Set<String> acknowledged, int requests)
      throws InterruptedException {
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger sent = new AtomicInteger();
    Set<String> thisCycle = ConcurrentHashMap.newKeySet();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int client = 0; client < CLIENTS; client++) {
      int c = client;
      clients.submit(
          () -> {
            for (int n = 0; !killed.get(); n++) {
              String reportId = "K%d-%d-%d".formatted(cycle, c, n);
              String department = DEPARTMENTS[c % DEPARTMENTS.length];
              sent.incrementAndGet();
              try {
                Http.Response answer =
                    Http.post(
                        commands + "/campaigns/" + CAMPAIGN + "/site-raids",
                        """
                        {"reportId": "%s", "department": "%s", "region": "%s",
                         "occurredOn": "2020-06-01", "reportedBy": "crash-client", "sites": 1}
                        """
                            .formatted(reportId, department, n % 2 == 0 ? "11" : "31"));
                if (answer.status() == 201 || answer.status() == 200) {
                  thisCycle.add(reportId);
                }
              } catch (IllegalStateException e) {
                // The platform is gone: whatever this request did is not acknowledged.
              }
            }
          });
    }
    await().atMost(Duration.ofMinutes(2)).until(() -> sent.get() >= requests);
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    acknowledged.addAll(thisCycle);
    return thisCycle.size();
  }

  private static void verify(PlatformProcess.Ports ports, Set<String> acknowledged, String when) {
    List<DomainEventMessage<?>> stored = storedEvents(ports.mongoUri());
    List<String> storedReports = new ArrayList<>();
    Map<Long, String> storedIds = new HashMap<>();
    for (DomainEventMessage<?> event : stored) {
      storedIds.put(event.getSequenceNumber(), event.getIdentifier());
      if (event.getPayload() instanceof FieldReport report) {
        storedReports.add(report.reportId().value());
      }
    }
    assertThat(storedReports).as("stored reports, " + when).doesNotHaveDuplicates();
    assertThat(storedReports).as("stored reports, " + when).containsAll(acknowledged);

    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                published(ports.kafkaBootstrapServers()).keySet().containsAll(storedIds.keySet()));
    Map<Long, Set<String>> published = published(ports.kafkaBootstrapServers());
    published.forEach(
        (sequence, ids) ->
            assertThat(ids)
                .as("events published under sequence %d, %s", sequence, when)
                .containsExactly(storedIds.get(sequence)));

    long reports = storedReports.size();
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> counted(ports.queries()).values().stream().allMatch(count -> count >= reports));
    assertThat(counted(ports.queries()))
        .as("reports counted in each view, %s", when)
        .allSatisfy((view, count) -> assertThat(count).as(view).isEqualTo(reports));
  }

  /** The campaign's reports as each view counts them. */
  private static Map<String, Long> counted(String queries) {
    Map<String, Long> counts = new HashMap<>();
    JsonNode summary = Http.get(queries + "/campaigns/" + CAMPAIGN).body();
    counts.put("dashboard reports", summary.path("totals").path("reports").asLong());
    counts.put("dashboard sites raided", summary.path("totals").path("sitesRaided").asLong());
    counts.put(
        "ledger",
        Http.get(queries + "/campaigns/" + CAMPAIGN + "/reports?size=1")
            .body()
            .path("total")
            .asLong());
    long workspaces = 0;
    for (String department : DEPARTMENTS) {
      workspaces +=
          Http.get(queries + "/departments/" + department)
              .body()
              .path("totals")
              .path("reports")
              .asLong();
    }
    counts.put("department workspaces", workspaces);
    return counts;
  }

  private static List<DomainEventMessage<?>> storedEvents(String mongoUri) {
    try (MongoClient client = MongoClients.create(mongoUri)) {
      MongoEventStorageEngine store =
          MongoEventStorageEngine.builder()
              .mongoTemplate(
                  DefaultMongoTemplate.builder().mongoDatabase(client, "liandong-events").build())
              .eventSerializer(
                  JacksonSerializer.builder().objectMapper(CampaignJson.mapper()).build())
              .snapshotSerializer(
                  JacksonSerializer.builder().objectMapper(CampaignJson.mapper()).build())
              .build();
      List<DomainEventMessage<?>> events = new ArrayList<>();
      store.readEvents(CAMPAIGN).asStream().forEach(events::add);
      return events;
    }
  }

  /** The event ids on the topic for each sequence of the campaign, read from the start. */
  private static Map<Long, Set<String>> published(String bootstrapServers) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    Map<Long, Set<String>> published = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo partition : consumer.partitionsFor("campaign-events")) {
        partitions.add(new TopicPartition(partition.topic(), partition.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (CAMPAIGN.equals(record.key())) {
            EventEnvelope envelope = EventEnvelope.decode(record.value()).orElseThrow();
            published
                .computeIfAbsent(envelope.sequence(), sequence -> new HashSet<>())
                .add(envelope.eventId());
          }
        }
      }
    }
    return published;
  }
}
