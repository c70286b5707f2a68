package org.liandong.command.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
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
 * Events of the store read by their history and sequence: lookups on the store's unique index,
 * whatever the size of the store and however late the event became visible. The filter is one plain
 * document with exactly the index's fields, the only form in which the embedded stand-in uses an
 * index rather than scanning (an {@code $and} of the two would scan). Events are upcast as when an
 * aggregate is loaded.
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
    Document stored = mongo.eventCollection().find(key(subject, sequence)).first();
    return stored == null ? Optional.empty() : Optional.of(upcast(List.of(stored)).get(0));
  }

  /**
   * One query for the range: an {@code $or} of the events' keys, each branch a lookup on the unique
   * index (on the stand-in too, {@code KeyedH2Collection}); the events after a gap are left out.
   */
  @Override
  public List<DomainEventMessage<?>> between(String subject, long first, long last) {
    List<Document> keys =
        LongStream.rangeClosed(first, last).mapToObj(sequence -> key(subject, sequence)).toList();
    List<Document> stored =
        mongo
            .eventCollection()
            .find(new Document("$or", keys))
            .sort(new Document(ENTRIES.sequenceNumberProperty(), 1))
            .into(new ArrayList<>());
    int contiguous = 0;
    while (contiguous < stored.size() && sequenceOf(stored.get(contiguous)) == first + contiguous) {
      contiguous++;
    }
    return upcast(stored.subList(0, contiguous));
  }

  private static Document key(String subject, long sequence) {
    return new Document(ENTRIES.aggregateIdentifierProperty(), subject)
        .append(ENTRIES.sequenceNumberProperty(), sequence);
  }

  private static long sequenceOf(Document stored) {
    return ((Number) stored.get(ENTRIES.sequenceNumberProperty())).longValue();
  }

  private List<DomainEventMessage<?>> upcast(List<Document> stored) {
    DomainEventStream events =
        EventStreamUtils.upcastAndDeserializeDomainEvents(
            stored.stream().map(document -> new EventEntry(document, ENTRIES)),
            serializer,
            upcasters);
    List<DomainEventMessage<?>> upcast =
        events.asStream().<DomainEventMessage<?>>map(e -> e).toList();
    if (upcast.size() != stored.size()) {
      throw new IllegalStateException(
          "events of "
              + stored.get(0).get(ENTRIES.aggregateIdentifierProperty())
              + " are stored but upcast to "
              + upcast.size()
              + " of "
              + stored.size());
    }
    return upcast;
  }
}
