package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker set up as production's must be (SASL authentication, ACLs that let only the platform's
 * principals write and read the campaign topic) refuses clients without credentials, with wrong
 * ones, and the query side's principal writing; and takes the sides' principals for their parts.
 */
@DisplayName("An authenticating broker takes only the platform's principals")
class BrokerAuthenticationTest {

  private static final String TOPIC = "campaign-events";
  private static final BrokerUsers USERS =
      new BrokerUsers(
          TOPIC, "liandong-query-side", "broker-secret", "command-secret", "query-secret");
  @TempDir static Path data;

  private static EmbeddedKafka broker;

  @BeforeAll
  static void start() throws Exception {
    broker =
        EmbeddedKafka.startAuthenticated(
            data, "127.0.0.1", FreePorts.next(), FreePorts.next(), USERS);
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  @Test
  @DisplayName("a client without credentials is refused")
  void noCredentials() {
    try (Admin admin = Admin.create(settings(Map.of()))) {
      assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  @DisplayName("a client with a wrong password is refused")
  void wrongPassword() {
    try (Admin admin =
        Admin.create(settings(BrokerUsers.clientSettings(BrokerUsers.COMMAND_SIDE, "guess")))) {
      assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
          .hasCauseInstanceOf(SaslAuthenticationException.class);
    }
  }

  @Test
  @DisplayName("the command side writes the topic, the query side reads it and cannot write it")
  void platformPrincipals() throws Exception {
    try (Admin admin = Admin.create(settings(USERS.commandSideSettings()))) {
      admin
          .createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Map<String, Object> producer = settings(USERS.commandSideSettings());
    producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> commands = new KafkaProducer<>(producer)) {
      commands
          .send(new ProducerRecord<>(TOPIC, "SWORD-NET-2020", "launched"))
          .get(30, TimeUnit.SECONDS);
    }

    Map<String, Object> consumer = settings(USERS.querySideSettings());
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "liandong-query-side.reports.v1");
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    try (KafkaConsumer<String, String> queries = new KafkaConsumer<>(consumer)) {
      queries.subscribe(List.of(TOPIC));
      List<ConsumerRecord<String, String>> read = new java.util.ArrayList<>();
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (read.isEmpty() && System.nanoTime() < until) {
        queries.poll(Duration.ofMillis(500)).forEach(read::add);
      }
      assertThat(read).extracting(ConsumerRecord::value).containsExactly("launched");
    }

    Map<String, Object> intruder = settings(USERS.querySideSettings());
    intruder.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    intruder.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    intruder.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
    try (KafkaProducer<String, String> queries = new KafkaProducer<>(intruder)) {
      assertThatThrownBy(
              () ->
                  queries
                      .send(new ProducerRecord<>(TOPIC, "x", "forged"))
                      .get(30, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(AuthorizationException.class);
    }
  }

  private static Map<String, Object> settings(Map<String, String> credentials) {
    Map<String, Object> settings = new HashMap<>(credentials);
    settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    return settings;
  }
}
