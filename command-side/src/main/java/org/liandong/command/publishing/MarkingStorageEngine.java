package org.liandong.command.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event store's engine, marking each history as pending publication before events are appended
 * to it and handing the events to the publisher once the store has them. The mark comes first so
 * that no event can be stored without one: a node that dies between the two leaves a mark with no
 * event, which costs a lookup per sweep until the history's next append fills it.
 */
final class MarkingStorageEngine implements EventStorageEngine {

  private final EventStorageEngine delegate;
  private final PendingPublications pending;
  private final EventPublication publication;

  MarkingStorageEngine(
      EventStorageEngine delegate, PendingPublications pending, EventPublication publication) {
    this.delegate = delegate;
    this.pending = pending;
    this.publication = publication;
  }

  @Override
  public void appendEvents(List<? extends EventMessage<?>> events) {
    List<DomainEventMessage<?>> domainEvents =
        events.stream().<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage).toList();
    Map<String, Long> upTo =
        domainEvents.stream()
            .collect(
                Collectors.toMap(
                    DomainEventMessage::getAggregateIdentifier,
                    DomainEventMessage::getSequenceNumber,
                    Math::max));
    pending.mark(upTo);
    delegate.appendEvents(events);
    publication.appended(domainEvents, upTo);
  }

  @Override
  public void storeSnapshot(DomainEventMessage<?> snapshot) {
    delegate.storeSnapshot(snapshot);
  }

  @Override
  public Stream<? extends TrackedEventMessage<?>> readEvents(
      TrackingToken trackingToken, boolean mayBlock) {
    return delegate.readEvents(trackingToken, mayBlock);
  }

  @Override
  public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
    return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
  }

  @Override
  public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
    return delegate.readSnapshot(aggregateIdentifier);
  }

  @Override
  public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
    return delegate.lastSequenceNumberFor(aggregateIdentifier);
  }

  @Override
  public TrackingToken createTailToken() {
    return delegate.createTailToken();
  }

  @Override
  public TrackingToken createHeadToken() {
    return delegate.createHeadToken();
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return delegate.createTokenAt(dateTime);
  }
}
