package org.liandong.query.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The dead-letter topic, {@code <topic>.dlt}: records an operator parked there so that a projection
 * went on without them, each as it was on the campaign topic, with headers naming the projection,
 * where the record was and why it could not be taken in. Created on first use when it is missing.
 */
@Component
class DeadLetterTopic implements DisposableBean {

  static final String SUFFIX = ".dlt";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ConsumingProperties properties;
  private KafkaProducer<String, byte[]> producer;

  DeadLetterTopic(ConsumingProperties properties) {
    this.properties = properties;
  }

  String name() {
    return properties.topic() + SUFFIX;
  }

  /** Sends the stopped record and waits until the broker has it. */
  synchronized void send(Document parked) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            name(), parked.getString("key"), parked.get("value", Binary.class).getData());
    header(record, "liandong-projection", parked.getString("projection"));
    header(record, "liandong-version", parked.getInteger("version"));
    header(record, "liandong-topic", properties.topic());
    header(record, "liandong-partition", parked.getInteger("partition"));
    header(record, "liandong-offset", parked.getLong("offset"));
    header(record, "liandong-reason", parked.getString("reason"));
    try {
      producer().send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not write to the dead-letter topic " + name(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted writing to the dead-letter topic", e);
    }
  }

  @Override
  public synchronized void destroy() {
    if (producer != null) {
      producer.close(TIMEOUT);
    }
  }

  private static void header(ProducerRecord<String, byte[]> record, String name, Object value) {
    record.headers().add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
  }

  private KafkaProducer<String, byte[]> producer() throws InterruptedException {
    if (producer == null) {
      createTopicIfMissing();
      Map<String, Object> config = settings(ProducerConfig.configNames());
      config.put(ProducerConfig.ACKS_CONFIG, "all");
      config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
      producer = new KafkaProducer<>(config);
    }
    return producer;
  }

  private void createTopicIfMissing() throws InterruptedException {
    try (Admin admin = Admin.create(settings(AdminClientConfig.configNames()))) {
      admin
          .createTopics(List.of(new NewTopic(name(), Optional.of(1), Optional.empty())))
          .all()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create the dead-letter topic " + name(), e);
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("could not create the dead-letter topic " + name(), e);
    }
  }

  /** The consumer settings that also apply to this client (security, say), and the servers. */
  private Map<String, Object> settings(Set<String> known) {
    Map<String, Object> config = new HashMap<>(properties.consumer());
    config.keySet().retainAll(known);
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
    return config;
  }
}
