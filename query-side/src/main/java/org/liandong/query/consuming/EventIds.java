package org.liandong.query.consuming;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;

/**
 * The event id a version of a projection took in under each campaign's (or case's) sequence. The
 * guards of the projection documents drop whatever comes under a sequence they have seen, which is
 * right for a redelivery and wrong for a second, different event (a history that forked): this
 * tells the two apart. One insert per event, by {@code _id} alone; only an insert that collides (a
 * redelivery, or a fork) looks the first event up, by {@code _id} again.
 */
final class EventIds {

  /** A second, different event under a subject and sequence taken in already. */
  record Conflict(EventEnvelope envelope, String firstEventId) {

    String reason() {
      return "a second, different event (id %s) under %s sequence %d, where event %s was taken in"
          .formatted(envelope.eventId(), envelope.subject(), envelope.sequence(), firstEventId);
    }
  }

  private static final int INSERTS_PER_COMMAND = 50;

  /** The document {@link #durable()} writes; no subject and sequence has this key. */
  private static final String DURABLE_MARK = "durable";

  private final MongoCollection<Document> ids;
  private final MongoCollection<Document> durably;

  /** {@code ids} with the write concern the views are configured with. */
  EventIds(MongoCollection<Document> ids) {
    this.ids = withinAPoll(ids);
    this.durably = ids;
  }

  /**
   * The collection as a poll writes it: acknowledged without waiting for the journal, and read
   * without waiting for durability, since nothing of the poll counts until {@link #durable()} has
   * made all of it durable, before its offsets are committed. On a replica set the configured
   * {@code w} stays, so no write a poll counts on can be rolled back.
   */
  static <T> MongoCollection<T> withinAPoll(MongoCollection<T> collection) {
    return collection
        .withWriteConcern(collection.getWriteConcern().withJournal(false))
        .withReadConcern(ReadConcern.LOCAL);
  }

  /**
   * Returns once everything written so far, within a poll, is durable: one write with the
   * configured write concern, whose acknowledgement covers every write before it (the stand-in
   * commits them all; a replica set has them in its journal, or on a majority, in order).
   */
  void durable() {
    durably.updateOne(
        eq("_id", DURABLE_MARK), Updates.inc("polls", 1L), new UpdateOptions().upsert(true));
  }

  /** Records the envelopes' event ids; returns those whose subject and sequence held another. */
  List<Conflict> record(List<EventEnvelope> envelopes) {
    List<Conflict> conflicts = new ArrayList<>();
    for (int from = 0; from < envelopes.size(); from += INSERTS_PER_COMMAND) {
      List<EventEnvelope> batch =
          envelopes.subList(from, Math.min(envelopes.size(), from + INSERTS_PER_COMMAND));
      for (EventEnvelope collided : insert(batch)) {
        Document first = ids.find(eq("_id", key(collided))).first();
        String firstEventId = first == null ? null : first.getString("eventId");
        if (!Objects.equals(firstEventId, collided.eventId())) {
          conflicts.add(new Conflict(collided, firstEventId));
        }
      }
    }
    return conflicts;
  }

  /** Inserts in order; returns the envelopes whose insert collided with an id already there. */
  private List<EventEnvelope> insert(List<EventEnvelope> envelopes) {
    List<EventEnvelope> collided = new ArrayList<>();
    List<EventEnvelope> left = envelopes;
    while (!left.isEmpty()) {
      try {
        ids.bulkWrite(
            left.stream()
                .map(
                    envelope ->
                        new InsertOneModel<>(
                            new Document("_id", key(envelope))
                                .append("eventId", envelope.eventId())))
                .toList(),
            new BulkWriteOptions().ordered(true));
        return collided;
      } catch (MongoBulkWriteException e) {
        BulkWriteError error = e.getWriteErrors().get(0);
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        collided.add(left.get(error.getIndex()));
        left = left.subList(error.getIndex() + 1, left.size());
      }
    }
    return collided;
  }

  private static String key(EventEnvelope envelope) {
    return envelope.subject() + "/" + envelope.sequence();
  }
}
