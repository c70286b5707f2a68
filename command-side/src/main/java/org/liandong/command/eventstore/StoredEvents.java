package org.liandong.command.eventstore;

import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.liandong.command.EventLookup;
import org.springframework.stereotype.Component;

/**
 * Events of the store read one at a time by their history and sequence: a lookup on the store's
 * unique index, whatever the size of the store and however late the event became visible. The
 * filter is one plain document with exactly the index's fields, the only form in which the embedded
 * stand-in uses an index rather than scanning (an {@code $and} of the two would scan). Events are
 * upcast as when an aggregate is loaded.
 */
@Component
public class StoredEvents implements EventLookup {

  private static final EventEntryConfiguration ENTRIES = EventEntryConfiguration.getDefault();

  private final MongoTemplate mongo;
  private final Serializer serializer;
  private final EventUpcaster upcasters;

  StoredEvents(MongoTemplate axonMongoTemplate, Serializer serializer, EventUpcaster upcasters) {
    this.mongo = axonMongoTemplate;
    this.serializer = serializer;
    this.upcasters = upcasters;
  }

  @Override
  public Optional<DomainEventMessage<?>> at(String subject, long sequence) {
    Document stored =
        mongo
            .eventCollection()
            .find(
                new Document(ENTRIES.aggregateIdentifierProperty(), subject)
                    .append(ENTRIES.sequenceNumberProperty(), sequence))
            .first();
    if (stored == null) {
      return Optional.empty();
    }
    DomainEventStream events =
        EventStreamUtils.upcastAndDeserializeDomainEvents(
            Stream.of(new EventEntry(stored, ENTRIES)), serializer, upcasters);
    if (!events.hasNext()) {
      throw new IllegalStateException(
          "event " + sequence + " of " + subject + " is stored but upcasts to nothing");
    }
    return Optional.of(events.next());
  }
}
