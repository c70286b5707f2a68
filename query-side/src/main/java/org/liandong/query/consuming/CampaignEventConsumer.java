package org.liandong.query.consuming;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.MalformedEnvelopeException;
import org.liandong.query.projection.Projection;
import org.liandong.query.projection.ProjectionsUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the campaign topic into every {@link Projection}. Offsets are committed only after the
 * projections took the records in, so a crash replays records rather than losing them; the
 * projections make the replay harmless.
 *
 * <p>A record that fails (MongoDB unreachable, say) is not skipped: its partition is rewound to it
 * and paused for {@code retryBackoff}, while the other partitions go on. Two kinds of record are
 * skipped with a log line, because no retry can ever succeed: an event type this version does not
 * know (written by a newer command side) and bytes that are no campaign envelope at all.
 */
@Component
class CampaignEventConsumer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CampaignEventConsumer.class);

  private final ConsumingProperties properties;
  private final List<Projection> projections;
  private final ApplicationEventPublisher updates;
  private final Map<TopicPartition, Instant> resting = new HashMap<>();
  private volatile boolean running;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread worker;

  CampaignEventConsumer(
      ConsumingProperties properties,
      List<Projection> projections,
      ApplicationEventPublisher updates) {
    this.properties = properties;
    this.projections = projections;
    this.updates = updates;
  }

  @Override
  public synchronized void start() {
    consumer = new KafkaConsumer<>(consumerConfig());
    running = true;
    worker = new Thread(this::run, "campaign-event-consumer");
    worker.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    consumer.wakeup();
    try {
      worker.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    try {
      consumer.subscribe(List.of(properties.topic()));
      while (running) {
        try {
          pollOnce();
        } catch (WakeupException e) {
          log.debug("woken up to stop");
        } catch (RuntimeException e) {
          // The broker away or a rebalance during a commit: records taken in but not committed
          // come again and change nothing the second time.
          log.warn("polling the campaign topic failed, going on: {}", e.toString());
        }
      }
    } finally {
      // Offsets are committed as records are taken in: nothing is left to wait for on the way out.
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private void pollOnce() {
    resumeRested();
    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
        if (!take(partition, record)) {
          break;
        }
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
    }
    if (!done.isEmpty()) {
      consumer.commitSync(done);
    }
  }

  /** Applies one record; false when it failed and its partition now rests before a retry. */
  private boolean take(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
    try {
      Optional<EventEnvelope> envelope = EventEnvelope.decode(record.value());
      if (envelope.isEmpty()) {
        log.warn(
            "skipped record {}@{}: an event type this version does not know",
            partition,
            record.offset());
      }
      envelope.ifPresent(
          e -> {
            projections.forEach(projection -> projection.apply(e));
            updates.publishEvent(new ProjectionsUpdated(e.subject()));
          });
      return true;
    } catch (MalformedEnvelopeException e) {
      log.error("skipped record {}@{}: {}", partition, record.offset(), e.getMessage(), e);
      return true;
    } catch (RuntimeException e) {
      log.warn(
          "record {}@{} failed, retrying in {}: {}",
          partition,
          record.offset(),
          properties.retryBackoff(),
          e.toString());
      consumer.seek(partition, record.offset());
      consumer.pause(List.of(partition));
      resting.put(partition, Instant.now().plus(properties.retryBackoff()));
      return false;
    }
  }

  private void resumeRested() {
    Instant now = Instant.now();
    resting
        .entrySet()
        .removeIf(
            entry -> {
              if (entry.getValue().isAfter(now)) {
                return false;
              }
              consumer.resume(List.of(entry.getKey()));
              return true;
            });
  }

  private Map<String, Object> consumerConfig() {
    Map<String, Object> config = new HashMap<>(properties.consumer());
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "liandong-query-side");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return config;
  }
}
