package org.liandong.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.liandong.command.access.ActorMetaData;
import org.liandong.model.campaign.DomainEvent;
import org.liandong.model.campaign.EventTypes;
import org.liandong.model.envelope.EventEnvelope;

/**
 * The publisher catching up a backlog: it is stopped while the store fills, then started, and timed
 * until the topic holds every stored event. And, as a peer, the same events sent the
 * straightforward way: one at a time, each awaited before the next, as the Axon Kafka extension's
 * default publisher does.
 */
final class Publishing implements AutoCloseable {

  private static final String PUBLISHER = "kafka-publisher";
  private static final String TOPIC = "campaign-events";

  private final BenchmarkPlatform platform;
  private final Admin admin;

  Publishing(BenchmarkPlatform platform) {
    this.platform = platform;
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.platform().kafkaBootstrapServers()));
  }

  @Override
  public void close() {
    admin.close();
  }

  void stopPublisher() {
    publisher().shutDown();
  }

  /** Starts the publisher again; events per second until the topic holds every stored event. */
  double catchUp() throws Exception {
    long stored = platform.storedEvents();
    long backlog = stored - publishedEvents();
    long start = System.nanoTime();
    publisher().start();
    while (publishedEvents() < stored) {
      Thread.sleep(20);
    }
    return backlog / RawLimits.seconds(System.nanoTime() - start);
  }

  /** Waits until every stored event is on the topic. */
  void awaitPublished() throws Exception {
    while (publishedEvents() < platform.storedEvents()) {
      Thread.sleep(50);
    }
  }

  /** Events per second sent one at a time, each awaited, from the start of the store. */
  double oneAtATime(int events) throws Exception {
    EventStore store = platform.platform().commandSide().getBean(EventStore.class);
    String topic = "bench-peer-" + UUID.randomUUID();
    RawLimits.createTopic(platform.platform().kafkaBootstrapServers(), topic);
    int sent = 0;
    long start = System.nanoTime();
    try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
        KafkaProducer<String, byte[]> producer =
            RawLimits.producer(platform.platform().kafkaBootstrapServers())) {
      while (sent < events && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
        TrackedEventMessage<?> message = stream.nextAvailable();
        if (message instanceof DomainEventMessage<?> domain
            && domain.getPayload() instanceof DomainEvent event) {
          EventEnvelope envelope =
              new EventEnvelope(
                  domain.getIdentifier(),
                  domain.getSequenceNumber(),
                  domain.getTimestamp(),
                  EventTypes.revisionOf(event.getClass()),
                  event,
                  ActorMetaData.from(domain.getMetaData()));
          producer.send(new ProducerRecord<>(topic, envelope.subject(), envelope.encode())).get();
          sent++;
        }
      }
    }
    return sent / RawLimits.seconds(System.nanoTime() - start);
  }

  private EventProcessor publisher() {
    return platform
        .platform()
        .commandSide()
        .getBean(EventProcessingConfiguration.class)
        .eventProcessor(PUBLISHER)
        .orElseThrow(() -> new IllegalStateException("no processor " + PUBLISHER));
  }

  /** The records on the campaign topic, all partitions together. */
  private long publishedEvents() throws Exception {
    List<TopicPartition> partitions =
        admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
            .map(partition -> new TopicPartition(TOPIC, partition.partition()))
            .toList();
    return admin
        .listOffsets(
            partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
        .all()
        .get()
        .values()
        .stream()
        .mapToLong(info -> info.offset())
        .sum();
  }
}
