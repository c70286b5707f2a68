package org.liandong.benchmarks;

import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.liandong.command.EventLookup;
import org.liandong.command.publishing.CampaignEventRecords;
import org.liandong.command.publishing.EventPublication;

/**
 * The publisher catching up a backlog: it is stopped while the store fills, then started, and timed
 * until it has published every stored event. And, as a peer, the same events sent the
 * straightforward way: one at a time, each awaited before the next, as the Axon Kafka extension's
 * default publisher does, each the record the publisher makes.
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
   * not, since a batch sent but not yet marked done when the publisher stopped is sent again. With
   * no backlog (the store held the size already, the warm-up's events among them) there is nothing
   * to time, and it says so rather than give 0.
   */
  double catchUp() throws InterruptedException {
    long backlog = platform.storedEvents() - storedWhenStopped;
    long start = System.nanoTime();
    publisher().start();
    platform.awaitPublished();
    if (backlog == 0) {
      throw new IllegalStateException(
          "no backlog to time: the store held " + storedWhenStopped + " events before the fill");
    }
    return backlog / RawLimits.seconds(System.nanoTime() - start);
  }

  /**
   * Events per second sent one at a time, each read by its key and awaited before the next: the
   * campaigns' histories in turn, from their first event. Read by key, as the publisher reads, so
   * the peer costs the same whatever the store's size.
   */
  double oneAtATime(int events) throws Exception {
    EventLookup store = platform.platform().commandSide().getBean(EventLookup.class);
    String topic = "bench-peer-" + UUID.randomUUID();
    RawLimits.createTopic(platform.platform().kafkaBootstrapServers(), topic);
    int sent = 0;
    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer =
        RawLimits.producer(platform.platform().kafkaBootstrapServers())) {
      for (int campaign = 0; campaign < CommandLoad.CAMPAIGNS && sent < events; campaign++) {
        String subject = CommandLoad.campaign(campaign);
        Optional<DomainEventMessage<?>> next = store.at(subject, 0);
        while (next.isPresent() && sent < events) {
          DomainEventMessage<?> domain = next.get();
          producer.send(CampaignEventRecords.of(topic, domain)).get();
          sent++;
          next = store.at(subject, domain.getSequenceNumber() + 1);
        }
      }
    }
    return sent / RawLimits.seconds(System.nanoTime() - start);
  }

  private EventPublication publisher() {
    return platform.platform().commandSide().getBean(EventPublication.class);
  }
}
