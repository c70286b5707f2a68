package org.liandong.command.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries every stored event to the topic, history by history, with no time window: a history's
 * cursor moves from one sequence to the next by exact lookups, so an event is published however
 * late its commit becomes visible, and never before the store has it.
 *
 * <p>A history is drained when this node has written to it (a wake-up after the append) and on
 * every sweep of the pending marks, which finds what other nodes wrote, what a crash left unsent
 * and what failed to send. Only the holder of the {@link PublisherLease} publishes.
 */
@Component
public class EventPublication implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EventPublication.class);

  private final PendingPublications pending;
  private final PublicationCursors cursors;
  private final StoredEvents stored;
  private final KafkaEventPublisher kafka;
  private final List<PublishedEventFollower> followers;
  private final PublisherLease lease;
  private final PublicationProperties properties;
  private final Set<String> awake = new LinkedHashSet<>();
  private volatile boolean running;
  private volatile boolean caughtUp;
  private Thread worker;

  EventPublication(
      PendingPublications pending,
      PublicationCursors cursors,
      StoredEvents stored,
      KafkaEventPublisher kafka,
      List<PublishedEventFollower> followers,
      PublisherLease lease,
      PublicationProperties properties) {
    this.pending = pending;
    this.cursors = cursors;
    this.stored = stored;
    this.kafka = kafka;
    this.followers = followers;
    this.lease = lease;
    this.properties = properties;
  }

  /** The event store's engine around {@code engine}: every append is marked, then woken for. */
  public EventStorageEngine marking(EventStorageEngine engine) {
    return new MarkingStorageEngine(engine, pending, this);
  }

  /** Asks for these histories to be drained soon: this node has just appended to them. */
  void wake(Collection<String> subjects) {
    synchronized (awake) {
      awake.addAll(subjects);
      awake.notifyAll();
    }
  }

  /**
   * Whether the last sweep of this node, as the lease holder, published every marked history up to
   * its mark.
   */
  public boolean caughtUp() {
    return caughtUp;
  }

  @Override
  public void start() {
    running = true;
    worker = new Thread(this::run, "liandong-publisher");
    worker.start();
  }

  @Override
  public void stop() {
    running = false;
    worker.interrupt();
    try {
      worker.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lease.release();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    Instant nextSweep = Instant.now();
    while (running) {
      try {
        Set<String> subjects = awaitWork(nextSweep);
        if (!Instant.now().isBefore(nextSweep)) {
          nextSweep = Instant.now().plus(properties.sweepInterval());
          if (lease.renew()) {
            subjects.addAll(pending.subjects());
            caughtUp = drainAll(subjects) && pending.count() == 0;
            continue;
          }
          caughtUp = false;
        }
        if (lease.held()) {
          drainAll(subjects);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("publication failed, trying again at the next sweep: {}", e.toString());
        sleep();
      }
    }
  }

  private Set<String> awaitWork(Instant nextSweep) throws InterruptedException {
    synchronized (awake) {
      long wait = Duration.between(Instant.now(), nextSweep).toMillis();
      if (awake.isEmpty() && wait > 0) {
        awake.wait(wait);
      }
      Set<String> subjects = new LinkedHashSet<>(awake);
      awake.clear();
      return subjects;
    }
  }

  /** Whether every history was published up to the end of what is visible in the store. */
  private boolean drainAll(Set<String> subjects) throws InterruptedException {
    boolean all = true;
    for (String subject : subjects) {
      if (!running) {
        return false;
      }
      try {
        drain(subject);
      } catch (ExecutionException | RuntimeException e) {
        all = false;
        log.warn("could not publish {}, trying again at the next sweep: {}", subject, e.toString());
      }
    }
    return all;
  }

  private void drain(String subject) throws InterruptedException, ExecutionException {
    long published = cursors.published(subject);
    while (true) {
      List<DomainEventMessage<?>> batch = nextBatch(subject, published);
      if (batch.isEmpty()) {
        pending.clear(subject, published);
        return;
      }
      kafka.send(batch);
      batch.forEach(event -> followers.forEach(follower -> follower.follow(event)));
      published = batch.get(batch.size() - 1).getSequenceNumber();
      cursors.advance(subject, published);
    }
  }

  private List<DomainEventMessage<?>> nextBatch(String subject, long published) {
    List<DomainEventMessage<?>> batch = new ArrayList<>();
    for (long next = published + 1; batch.size() < properties.batchSize(); next++) {
      Optional<DomainEventMessage<?>> event = stored.at(subject, next);
      if (event.isEmpty()) {
        break;
      }
      batch.add(event.get());
    }
    return batch;
  }

  private void sleep() {
    try {
      Thread.sleep(properties.sweepInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
