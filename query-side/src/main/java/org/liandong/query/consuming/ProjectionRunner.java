package org.liandong.query.consuming;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.MalformedEnvelopeException;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.liandong.query.projection.ProjectionUpdated;
import org.liandong.query.projection.ProjectionVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Reads the campaign topic into one version of one {@link Projection}, as a consumer group of its
 * own. Offsets are committed only after the projection took the records in, so a crash replays
 * records rather than losing them; the projection makes the replay harmless.
 *
 * <p>Nothing that fails is skipped. A record the projection fails on has its partition rewound to
 * it and paused for {@code retryBackoff}, while the other partitions go on; a poll whose writes
 * fail (MongoDB unreachable, say) has all its partitions rewound and paused. Two kinds of record
 * are skipped with a log line, because no retry can ever succeed: an event type this version does
 * not know (written by a newer command side) and bytes that are no campaign envelope at all.
 */
final class ProjectionRunner {

  private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);

  private final Projection projection;
  private final int version;
  private final MongoCollection<Document> into;
  private final ConsumingProperties properties;
  private final ApplicationEventPublisher updates;
  private final Map<TopicPartition, Instant> resting = new HashMap<>();
  private volatile boolean running;
  private volatile boolean serving;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread worker;

  ProjectionRunner(
      Projection projection,
      int version,
      MongoCollection<Document> into,
      ConsumingProperties properties,
      ApplicationEventPublisher updates) {
    this.projection = projection;
    this.version = version;
    this.into = into;
    this.properties = properties;
    this.updates = updates;
  }

  /** The consumer group of a version of a projection: its offsets say how far that version is. */
  static String groupId(ConsumingProperties properties, String projection, int version) {
    return properties.groupId() + "." + ProjectionVersions.collection(projection, version);
  }

  Projection projection() {
    return projection;
  }

  int version() {
    return version;
  }

  String groupId() {
    return groupId(properties, projection.name(), version);
  }

  /** Whether this version serves reads, and so tells live subscribers of its updates. */
  void serving(boolean serving) {
    this.serving = serving;
  }

  synchronized void start() {
    if (!projection.indexes().isEmpty()) {
      into.createIndexes(projection.indexes());
    }
    consumer = new KafkaConsumer<>(consumerConfig());
    running = true;
    worker =
        new Thread(
            this::run, "projection-" + ProjectionVersions.collection(projection.name(), version));
    worker.start();
  }

  synchronized void stop() {
    running = false;
    consumer.wakeup();
    try {
      worker.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
          log.warn("{} failed to poll the campaign topic, going on: {}", groupId(), e.toString());
        }
      }
    } finally {
      // Offsets are committed as records are taken in: nothing is left to wait for on the way out.
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  /**
   * Takes in one poll's records with one bulk write, then commits their offsets. When the write
   * fails, every partition of the poll is rewound to its first record and rests before a retry; the
   * writes that did go through are found already taken in the second time.
   */
  private void pollOnce() {
    resumeRested();
    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
    List<WriteModel<Document>> writes = new ArrayList<>();
    Set<String> subjects = new LinkedHashSet<>();
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
        if (!take(partition, record, writes, subjects)) {
          break;
        }
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
    }
    if (done.isEmpty()) {
      return;
    }
    try {
      OncePerSequence.write(into, writes);
    } catch (RuntimeException e) {
      log.warn(
          "{} failed to write {} records, retrying in {}: {}",
          groupId(),
          records.count(),
          properties.retryBackoff(),
          e.toString());
      done.keySet().forEach(partition -> rest(partition, records.records(partition).get(0)));
      return;
    }
    consumer.commitSync(done);
    if (serving) {
      subjects.forEach(
          subject -> updates.publishEvent(new ProjectionUpdated(projection.name(), subject)));
    }
  }

  /**
   * Adds one record's writes; false when the projection failed on it and its partition now rests
   * before a retry.
   */
  private boolean take(
      TopicPartition partition,
      ConsumerRecord<String, byte[]> record,
      List<WriteModel<Document>> writes,
      Set<String> subjects) {
    try {
      Optional<EventEnvelope> envelope = EventEnvelope.decode(record.value());
      if (envelope.isEmpty()) {
        log.warn(
            "{} skipped record {}@{}: an event type this version does not know",
            groupId(),
            partition,
            record.offset());
      }
      envelope.ifPresent(
          e -> {
            writes.addAll(projection.writesFor(e));
            subjects.add(e.subject());
          });
      return true;
    } catch (MalformedEnvelopeException e) {
      log.error(
          "{} skipped record {}@{}: {}", groupId(), partition, record.offset(), e.getMessage(), e);
      return true;
    } catch (RuntimeException e) {
      log.warn(
          "{} failed on record {}@{}, retrying in {}: {}",
          groupId(),
          partition,
          record.offset(),
          properties.retryBackoff(),
          e.toString());
      rest(partition, record);
      return false;
    }
  }

  /** Rewinds the partition to the record and pauses it for the retry backoff. */
  private void rest(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
    consumer.seek(partition, record.offset());
    consumer.pause(List.of(partition));
    resting.put(partition, Instant.now().plus(properties.retryBackoff()));
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
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId());
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return config;
  }
}
