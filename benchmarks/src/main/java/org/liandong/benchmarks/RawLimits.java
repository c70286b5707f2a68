package org.liandong.benchmarks;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * What the parts do on their own, on the same servers: MongoDB inserting documents the size of a
 * stored event, Kafka producing and consuming records the size of an envelope.
 */
final class RawLimits {

  static final int PARTITIONS = 6;

  private static final Duration LEADERS_WAIT = Duration.ofMinutes(2);

  /** The key of the record {@link #createTopic} writes to each partition. */
  private static final String WARM_UP = "warm-up";

  private RawLimits() {}

  /** A stored event's document: the fields and sizes axon-mongo writes for a report. */
  static Document storedEvent(long sequence) {
    return new Document("aggregateIdentifier", "BENCH-RAW")
        .append("sequenceNumber", sequence)
        .append("type", "Campaign")
        .append("eventIdentifier", UUID.randomUUID().toString())
        .append("payloadType", "org.liandong.model.campaign.SiteRaided")
        .append("payloadRevision", "3")
        .append("timestamp", Instant.now().toString())
        .append("payload", new String(sampleEnvelope(sequence)))
        .append("metaData", "{\"actorUser\":\"bench.mps\",\"actorRole\":\"DEPARTMENT\"}");
  }

  /** An envelope of a report, as the publisher sends it. */
  static byte[] sampleEnvelope(long sequence) {
    return new EventEnvelope(
            UUID.randomUUID().toString(),
            sequence,
            Instant.now(),
            "3",
            new SiteRaided(
                new CampaignId("BENCH-RAW"),
                new ReportId("RAW-" + sequence),
                new ReportHeader(
                    new DepartmentCode("MPS"),
                    new RegionCode("44"),
                    LocalDate.of(2021, 4, 1),
                    "bench.mps",
                    Set.of(),
                    "warehouses raided on a tip-off"),
                new SiteRaid(3),
                false),
            new Actor("bench.mps", Role.DEPARTMENT, new DepartmentCode("MPS"), null))
        .encode();
  }

  /**
   * Inserts per second, one document at a time from each thread, for the window; the documents are
   * dropped afterwards, so the platform's store is left as it was.
   */
  static double mongoInserts(BenchmarkPlatform platform, int threads, Duration window)
      throws InterruptedException {
    MongoCollection<Document> collection =
        platform.mongo().getDatabase("liandong-bench").getCollection("raw_inserts");
    AtomicLong inserted = new AtomicLong();
    long end = System.nanoTime() + window.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  collection.insertOne(storedEvent(inserted.incrementAndGet()));
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    collection.drop();
    return inserted.get() / seconds(window.toNanos());
  }

  /** Records per second sent asynchronously (acks=all, idempotent) and per second read back. */
  static double[] kafka(String bootstrap, int records, Deadline deadline) throws Exception {
    String topic = "bench-raw-" + UUID.randomUUID();
    createTopic(bootstrap, topic);
    byte[] value = sampleEnvelope(1);
    long start = System.nanoTime();
    AtomicReference<Exception> failure = new AtomicReference<>();
    AtomicLong failed = new AtomicLong();
    try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
      for (int i = 0; i < records; i++) {
        producer.send(
            new ProducerRecord<>(topic, "BENCH-" + (i % 64), value),
            (sent, e) -> {
              if (e != null) {
                failed.incrementAndGet();
                failure.compareAndSet(null, e);
              }
            });
      }
      producer.flush();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(
          failed.get() + " of " + records + " raw sends failed, the first: " + failure.get(),
          failure.get());
    }
    double produced = records / seconds(System.nanoTime() - start);
    start = System.nanoTime();
    long read = 0;
    try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (int p = 0; p < PARTITIONS; p++) {
        partitions.add(new TopicPartition(topic, p));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (read < records + PARTITIONS) {
        deadline.check();
        read += consumer.poll(Duration.ofMillis(200)).count();
      }
    }
    double consumed = records / seconds(System.nanoTime() - start);
    return new double[] {produced, consumed};
  }

  /**
   * Creates the topic and writes one record to each of its partitions, awaited: the broker answers
   * a topic's creation, and even names its partitions' leader, before it leads them, and an
   * idempotent producer sending meanwhile, on a loaded machine, was refused (not the leader), got
   * its sequence numbers out of order and saw its records expire after two minutes. The warm-up
   * producer is not idempotent, so that a refusal leaves nothing behind it.
   */
  static void createTopic(String bootstrap, String topic) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(e);
      }
    }
    Map<String, Object> config = producerConfig(bootstrap);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    Deadline deadline = Deadline.after(LEADERS_WAIT, "every partition of " + topic + " led");
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      for (int partition = 0; partition < PARTITIONS; partition++) {
        producer.send(new ProducerRecord<>(topic, partition, WARM_UP, new byte[0])).get();
        deadline.check();
      }
    }
  }

  static KafkaProducer<String, byte[]> producer(String bootstrap) {
    return new KafkaProducer<>(producerConfig(bootstrap));
  }

  private static Map<String, Object> producerConfig(String bootstrap) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return config;
  }

  private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ByteArrayDeserializer.class,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            2000));
  }

  static double seconds(long nanos) {
    return nanos / 1_000_000_000.0;
  }
}
