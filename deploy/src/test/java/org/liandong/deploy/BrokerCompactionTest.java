package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker's log cleaner works with the small map of keys it is given (so that the
 * consumer groups' offsets, the one compacted topic of the platform, do not grow for good): a
 * compacted topic written over and over under a few keys is cleaned down to about one record a key,
 * each the latest written.
 */
@DisplayName("The embedded broker compacts a compacted topic with its small cleaner map")
class BrokerCompactionTest {

  private static final String TOPIC = "compacted";
  private static final int KEYS = 20;
  private static final int ROUNDS = 50;

  @TempDir Path data;

  @Test
  @DisplayName("a topic written 50 times under 20 keys keeps the latest record of each")
  void compacts() throws Exception {
    try (EmbeddedKafka broker =
        EmbeddedKafka.start(data, "127.0.0.1", FreePorts.next(), FreePorts.next())) {
      String servers = broker.bootstrapServers();
      createCompactedTopic(servers);
      writeRounds(servers);

      Map<String, String> latest = Map.of();
      int read = Integer.MAX_VALUE;
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (read > 2 * KEYS && Instant.now().isBefore(deadline)) {
        TimeUnit.SECONDS.sleep(1);
        List<ConsumerRecord<String, String>> records = readAll(servers);
        read = records.size();
        latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
          latest.put(record.key(), record.value());
        }
      }
      assertThat(read).as("records left after cleaning").isLessThanOrEqualTo(2 * KEYS);
      assertThat(latest).hasSize(KEYS);
      latest.forEach((key, value) -> assertThat(value).isEqualTo(key + "@" + (ROUNDS - 1)));
    }
  }

  /** One partition, compacted, whose segments roll every 100 ms. */
  private static void createCompactedTopic(String servers) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(TOPIC, 1, (short) 1)
                      .configs(Map.of("cleanup.policy", "compact", "segment.ms", "100"))))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  /** Each round writes every key once, in a segment of its own; one more record rolls the last. */
  private static void writeRounds(String servers) throws Exception {
    Map<String, Object> settings =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
      for (int round = 0; round < ROUNDS; round++) {
        for (int key = 0; key < KEYS; key++) {
          producer.send(new ProducerRecord<>(TOPIC, "key" + key, "key" + key + "@" + round));
        }
        producer.flush();
        TimeUnit.MILLISECONDS.sleep(150);
      }
      producer.send(new ProducerRecord<>(TOPIC, "key0", "key0@" + (ROUNDS - 1))).get();
    }
  }

  private static List<ConsumerRecord<String, String>> readAll(String servers) {
    Map<String, Object> settings =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    TopicPartition partition = new TopicPartition(TOPIC, 0);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      while (consumer.position(partition) < end) {
        consumer.poll(Duration.ofMillis(500)).records(partition).forEach(records::add);
      }
      return records;
    }
  }
}
