package org.liandong.command.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.liandong.command.EventLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries every stored event to the topic, history by history, with no time window: a history's
 * cursor moves from one sequence to the next, each event taken from what this node has just
 * appended ({@link RecentAppends}) or else by an exact lookup in the store, so an event is
 * published however late its commit becomes visible, and never before the store has it.
 *
 * <p>Histories are drained in rounds: this node's appends wake the publisher, and every sweep adds
 * the pending marks, which show what other nodes wrote, what a crash left unsent and what failed to
 * send. A round reads the cursors of its histories at once, sends their events with one flush, then
 * moves the cursors and clears the marks in one write each, so that its cost in round trips does
 * not grow with the events it carries. Only the holder of the {@link PublisherLease} publishes.
 */
@Component
public class EventPublication implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EventPublication.class);

  private final PendingPublications pending;
  private final PublicationCursors cursors;
  private final EventLookup stored;
  private final KafkaEventPublisher kafka;
  private final List<PublishedEventFollower> followers;
  private final List<AppendedEventFollower> appendFollowers;
  private final PublisherLease lease;
  private final PublicationProperties properties;
  private final RecentAppends recent;
  private final Map<String, Long> awake = new HashMap<>();
  private volatile boolean running;
  private volatile boolean caughtUp;
  private Thread worker;

  EventPublication(
      PendingPublications pending,
      PublicationCursors cursors,
      EventLookup stored,
      KafkaEventPublisher kafka,
      List<PublishedEventFollower> followers,
      List<AppendedEventFollower> appendFollowers,
      PublisherLease lease,
      PublicationProperties properties) {
    this.pending = pending;
    this.cursors = cursors;
    this.stored = stored;
    this.kafka = kafka;
    this.followers = followers;
    this.appendFollowers = appendFollowers;
    this.lease = lease;
    this.properties = properties;
    this.recent = new RecentAppends(properties.recentEvents());
  }

  /** The event store's engine around {@code engine}: every append is marked, then handed over. */
  public EventStorageEngine marking(EventStorageEngine engine) {
    return new MarkingStorageEngine(engine, pending, this);
  }

  /**
   * Takes the events this node has just appended, which the store has confirmed, hands them to the
   * append followers, and asks for their histories to be drained soon, up to the given sequences.
   */
  void appended(List<? extends DomainEventMessage<?>> events, Map<String, Long> upTo) {
    appendFollowers.forEach(follower -> follower.appended(events));
    if (running && lease.held()) {
      recent.add(events);
    }
    synchronized (awake) {
      upTo.forEach((subject, sequence) -> awake.merge(subject, sequence, Math::max));
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
    caughtUp = false;
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
    recent.clear();
    caughtUp = false;
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
        Map<String, Long> histories = awaitWork(nextSweep);
        if (!Instant.now().isBefore(nextSweep)) {
          nextSweep = Instant.now().plus(properties.sweepInterval());
          if (lease.renew()) {
            pending.marks().forEach((subject, upTo) -> histories.merge(subject, upTo, Math::max));
            caughtUp = drain(histories) && pending.count() == 0;
            continue;
          }
          recent.clear();
          caughtUp = false;
        }
        if (lease.held()) {
          drain(histories);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | RuntimeException e) {
        caughtUp = false;
        log.warn("publication failed, trying again at the next sweep: {}", e.toString());
        sleep();
      }
    }
  }

  private Map<String, Long> awaitWork(Instant nextSweep) throws InterruptedException {
    synchronized (awake) {
      long wait = Duration.between(Instant.now(), nextSweep).toMillis();
      if (awake.isEmpty() && wait > 0) {
        awake.wait(wait);
      }
      Map<String, Long> histories = new HashMap<>(awake);
      awake.clear();
      return histories;
    }
  }

  /**
   * Publishes each history up to its announced sequence, or up to the first event the store does
   * not show yet; whether every history could be read.
   */
  private boolean drain(Map<String, Long> upTo) throws InterruptedException, ExecutionException {
    boolean all = true;
    Map<String, Long> open = new HashMap<>(upTo);
    while (running && !open.isEmpty()) {
      Map<String, Long> published = cursors.published(open.keySet());
      Map<String, List<DomainEventMessage<?>>> batches = new HashMap<>();
      for (String subject : open.keySet()) {
        try {
          batches.put(subject, nextBatch(subject, published.get(subject), open.get(subject)));
        } catch (RuntimeException e) {
          all = false;
          log.warn("could not read {}, trying again at the next sweep: {}", subject, e.toString());
        }
      }
      List<DomainEventMessage<?>> events = new ArrayList<>();
      batches.values().forEach(events::addAll);
      if (!events.isEmpty()) {
        kafka.send(events);
        followers.forEach(follower -> follower.follow(events));
      }
      Map<String, Long> moved = new HashMap<>();
      Map<String, Long> finished = new HashMap<>();
      batches.forEach(
          (subject, batch) -> {
            long last = batch.isEmpty() ? published.get(subject) : lastOf(batch);
            if (!batch.isEmpty()) {
              moved.put(subject, last);
              recent.published(subject, last);
            }
            if (batch.size() < properties.batchSize()) {
              finished.put(subject, last);
            }
          });
      cursors.advance(moved);
      pending.clear(finished);
      open.keySet().retainAll(batches.keySet());
      open.keySet().removeAll(finished.keySet());
    }
    return all;
  }

  /**
   * The next events of a history, from memory while the appending node handed them over, the rest
   * in one read of the store.
   */
  private List<DomainEventMessage<?>> nextBatch(String subject, long published, long upTo) {
    long last = Math.min(upTo, published + properties.batchSize());
    List<DomainEventMessage<?>> batch = new ArrayList<>();
    for (long next = published + 1; next <= last; next++) {
      DomainEventMessage<?> event = recent.at(subject, next);
      if (event == null) {
        batch.addAll(stored.between(subject, next, last));
        break;
      }
      batch.add(event);
    }
    return batch;
  }

  private static long lastOf(List<DomainEventMessage<?>> batch) {
    return batch.get(batch.size() - 1).getSequenceNumber();
  }

  private void sleep() {
    try {
      Thread.sleep(properties.sweepInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
