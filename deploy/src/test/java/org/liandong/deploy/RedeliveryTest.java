package org.liandong.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.envelope.EventEnvelope;

/**
 * Kafka delivers at least once: a record can come twice (a producer retry, a consumer that crashed
 * before committing). The projections must not count it twice.
 */
@DisplayName("A redelivered Kafka record changes no projection")
class RedeliveryTest {

  @Test
  @DisplayName("every record of a campaign sent to the topic again leaves both views as they were")
  void redeliveredRecordsChangeNothing() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    String bootstrap = platform.kafka().bootstrapServers();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "REDELIVERY-2020", "name": "Redelivery test", "focus": "FOOD_AND_DRUGS",
         "leadDepartment": "SAMR", "participatingDepartments": ["NMPA"], "regions": ["13"],
         "period": {"startsOn": "2020-06-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "REDELIVERY-2020");
    Http.post(
        commands + "/campaigns/REDELIVERY-2020/goods-seizures",
        """
        {"reportId": "RD-1", "department": "NMPA", "region": "13", "occurredOn": "2020-07-01",
         "reportedBy": "he.nmpa", "category": "DRUGS", "quantity": {"amount": 40, "unit": "box"},
         "estimatedValue": 1200}
        """);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> totals(queries + "/campaigns/REDELIVERY-2020").path("seizures").asLong() == 1);
    JsonNode summaryBefore = Http.get(queries + "/campaigns/REDELIVERY-2020").body();
    // The department workspace is a projection of its own, with its own pace.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> totals(queries + "/departments/NMPA").path("seizures").asLong() == 1);
    JsonNode workspaceBefore = Http.get(queries + "/departments/NMPA").body();

    List<ConsumerRecord<String, byte[]>> published = recordsOf("REDELIVERY-2020", bootstrap, 3);
    for (ConsumerRecord<String, byte[]> record : published) {
      // As a department's own system reads them: with the CloudEvents Kafka binding, nothing of
      // ours.
      assertThat(new String(record.headers().lastHeader("content-type").value(), UTF_8))
          .startsWith("application/cloudevents+json");
      CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
      assertThat(event.getSubject()).isEqualTo("REDELIVERY-2020");
      assertThat(event.getType()).startsWith("org.liandong.campaign.");
      assertThat(event.getExtension("aggregatesequence")).isNotNull();
    }
    try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
      for (ConsumerRecord<String, byte[]> record : published) {
        producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())).get();
      }
    }
    // A fresh report after the duplicates: once it shows, the duplicates before it were consumed.
    Http.post(
        commands + "/campaigns/REDELIVERY-2020/site-raids",
        """
        {"reportId": "RD-2", "department": "NMPA", "region": "13", "occurredOn": "2020-07-02",
         "reportedBy": "he.nmpa", "sites": 1}
        """);
    // Each projection reads the topic as a consumer group of its own: wait for both.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                totals(queries + "/campaigns/REDELIVERY-2020").path("sitesRaided").asLong() == 1
                    && totals(queries + "/departments/NMPA").path("reports").asLong() == 2);

    JsonNode summaryAfter = Http.get(queries + "/campaigns/REDELIVERY-2020").body();
    assertThat(summaryAfter.path("totals").path("seizures"))
        .isEqualTo(summaryBefore.path("totals").path("seizures"));
    assertThat(summaryAfter.path("totals").path("reports").asLong()).isEqualTo(2);
    assertThat(summaryAfter.path("byCategory")).isEqualTo(summaryBefore.path("byCategory"));
    assertThat(summaryAfter.path("launchedAt")).isEqualTo(summaryBefore.path("launchedAt"));
    JsonNode workspaceAfter = Http.get(queries + "/departments/NMPA").body();
    assertThat(workspaceAfter.path("byCategory")).isEqualTo(workspaceBefore.path("byCategory"));
    assertThat(workspaceAfter.path("totals").path("reports").asLong()).isEqualTo(2);
  }

  private static JsonNode totals(String url) {
    return Http.get(url).body().path("totals");
  }

  /** Reads the campaign's records from the topic as a separate consumer group would. */
  private static List<ConsumerRecord<String, byte[]>> recordsOf(
      String campaignId, String bootstrap, int expected) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "redelivery-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
      consumer.subscribe(List.of("campaign-events"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> record :
                    consumer.poll(Duration.ofMillis(200))) {
                  if (campaignId.equals(record.key())) {
                    records.add(record);
                  }
                }
                return records.size() >= expected;
              });
    }
    assertThat(records)
        .extracting(record -> EventEnvelope.decode(record.value()).orElseThrow().sequence())
        .containsExactly(0L, 1L, 2L);
    return records;
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
  }
}
