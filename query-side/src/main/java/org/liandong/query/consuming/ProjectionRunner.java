package org.liandong.query.consuming;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Nothing is skipped. A record the version cannot take in (bytes that are no envelope, an event
 * type this version does not know, a projection failing on it, a second, different event under a
 * sequence taken in already) stops the version at that record: its partition is tried again every
 * {@code retryBackoff} and goes no further, while the other partitions and the other projections go
 * on. The stop is kept in {@link ParkedRecords} for everyone to see, until the record is taken in
 * after all (a passing fault, an upgrade) or an operator parks it on the {@link DeadLetterTopic}. A
 * poll whose writes fail (MongoDB unreachable, say) has all its partitions rewound and paused.
 */
final class ProjectionRunner {

  private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);

  private final Projection projection;
  private final int version;
  private final MongoCollection<Document> into;
  private final EventIds eventIds;
  private final ParkedRecords parked;
  private final ConsumingProperties properties;
  private final ApplicationEventPublisher updates;
  private final Map<TopicPartition, Instant> resting = new HashMap<>();
  private final Map<Integer, Long> stoppedAt = new HashMap<>();
  private volatile boolean running;
  private volatile boolean serving;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread worker;

  ProjectionRunner(
      Projection projection,
      int version,
      MongoDatabase views,
      ParkedRecords parked,
      ConsumingProperties properties,
      ApplicationEventPublisher updates) {
    this.projection = projection;
    this.version = version;
    this.into =
        EventIds.withinAPoll(
            views.getCollection(ProjectionVersions.collection(projection.name(), version)));
    this.eventIds = new EventIds(views.getCollection(EventIds.COLLECTION));
    this.parked = parked;
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
    stoppedAt.putAll(parked.stoppedOffsets(projection.name(), version));
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
   * Takes in one poll's records ({@link OncePerSequence#write}), makes the writes durable, then
   * commits the offsets. When anything before the commit fails, the poll's partitions are rewound
   * and rest before a retry; the writes that went through are found taken in the second time.
   */
  private void pollOnce() {
    resumeRested();
    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
    Intake intake;
    try {
      intake = intake(records);
      OncePerSequence.write(into, intake.writes());
      if (!intake.isEmpty()) {
        eventIds.durable();
      }
    } catch (RuntimeException e) {
      log.warn(
          "{} failed to take in {} records, retrying in {}: {}",
          groupId(),
          records.count(),
          properties.retryBackoff(),
          e.toString());
      records.partitions().forEach(partition -> rest(partition, records.records(partition).get(0)));
      return;
    }
    if (intake.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> done = intake.offsets();
    consumer.commitSync(done);
    done.forEach(this::goneOn);
    if (serving) {
      intake
          .subjects()
          .forEach(
              subject -> updates.publishEvent(new ProjectionUpdated(projection.name(), subject)));
    }
  }

  /** The poll's records, each partition up to a record this version stops at. */
  private Intake intake(ConsumerRecords<String, byte[]> records) {
    Intake intake = new Intake();
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
        if (!take(partition, record, intake)) {
          break;
        }
      }
    }
    for (EventIds.Conflict conflict : eventIds.record(intake.envelopes())) {
      intake
          .entryOf(conflict.envelope())
          .ifPresent(
              entry -> {
                if (stopAt(entry.partition(), entry.record(), conflict.reason())) {
                  intake.stopAt(entry);
                } else {
                  intake.passOver(entry);
                }
              });
    }
    return intake;
  }

  /** Adds one record's writes; false when this version stopped at it. */
  private boolean take(
      TopicPartition partition, ConsumerRecord<String, byte[]> record, Intake intake) {
    try {
      EventEnvelope envelope = EventEnvelope.read(record.value());
      intake.take(partition, record, envelope, projection.writesFor(envelope));
      return true;
    } catch (RuntimeException e) {
      if (stopAt(partition, record, e.getMessage() == null ? e.toString() : e.getMessage())) {
        return false;
      }
      intake.passOver(partition, record);
      return true;
    }
  }

  /**
   * Stops the partition at the record, to be tried again after the retry backoff, and notes it in
   * {@link ParkedRecords}.
   *
   * @return false when an operator has parked the record on the dead-letter topic, to go on past
   */
  private boolean stopAt(
      TopicPartition partition, ConsumerRecord<String, byte[]> record, String reason) {
    if (parked.stop(projection.name(), version, record, reason)) {
      log.info(
          "{} goes on past record {}@{}, parked on the dead-letter topic",
          groupId(),
          partition,
          record.offset());
      stoppedAt.remove(partition.partition());
      return false;
    }
    if (!Long.valueOf(record.offset())
        .equals(stoppedAt.put(partition.partition(), record.offset()))) {
      log.error(
          "{} stopped at record {}@{} and takes in nothing after it on that partition until it can"
              + " take it in or an operator parks it on the dead-letter topic: {}",
          groupId(),
          partition,
          record.offset(),
          reason);
    }
    rest(partition, record);
    return true;
  }

  /** A partition that was stopped and has gone past that record is no longer stopped. */
  private void goneOn(TopicPartition partition, OffsetAndMetadata next) {
    Long stopped = stoppedAt.get(partition.partition());
    if (stopped != null && stopped < next.offset()) {
      stoppedAt.remove(partition.partition());
      parked.resolved(projection.name(), version, partition.partition(), stopped);
      log.info(
          "{} took in record {}@{} it had stopped at, and goes on", groupId(), partition, stopped);
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
