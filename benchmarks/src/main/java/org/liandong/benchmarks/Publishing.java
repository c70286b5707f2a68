package org.liandong.benchmarks;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.liandong.command.access.ActorMetaData;
import org.liandong.command.publishing.EventPublication;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.event.DomainEvent;

/**
 * The publisher catching up a backlog: it is stopped while the store fills, then started, and timed
 * until it has published every stored event. And, as a peer, the same events sent the
 * straightforward way: one at a time, each awaited before the next, as the Axon Kafka extension's
 * default publisher does.
 */
final class Publishing {

  private final BenchmarkPlatform platform;
  private long storedWhenStopped;

  Publishing(BenchmarkPlatform platform) {
    this.platform = platform;
  }

  /** Stops the publisher once it has published every stored event. */
  void stopPublisher() throws InterruptedException {
    platform.awaitPublished();
    storedWhenStopped = platform.storedEvents();
    publisher().stop();
  }

  /**
   * Starts the publisher again; events per second until it has published every event stored since
   * it stopped. The publisher itself says when it has caught up: the topic's record count would
   * not, since a batch sent but not yet marked done when the publisher stopped is sent again.
   */
  double catchUp() throws InterruptedException {
    long backlog = platform.storedEvents() - storedWhenStopped;
    long start = System.nanoTime();
    publisher().start();
    platform.awaitPublished();
    return backlog / RawLimits.seconds(System.nanoTime() - start);
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

  private EventPublication publisher() {
    return platform.platform().commandSide().getBean(EventPublication.class);
  }
}
