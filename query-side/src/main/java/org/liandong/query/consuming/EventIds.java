package org.liandong.query.consuming;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;

/**
 * The event id first taken in under each campaign's (or case's) sequence, one registry for every
 * projection and version of the query side (ADR 0027). The guards of the projection documents drop
 * whatever comes under a sequence they have seen, which is right for a redelivery and wrong for a
 * second, different event (a history that forked): this tells the two apart. Records are in the
 * same order for every consumer of the topic, so the first event under a sequence is the same for
 * all. A batch's keys are read first, by {@code _id}; only the events no one registered yet are
 * inserted, by {@code _id} alone, so each event is written once however many projections take it
 * in; an insert that collides (another runner was first) looks the first event up, by {@code _id}
 * again.
 */
final class EventIds {

  /** A second, different event under a subject and sequence taken in already. */
  record Conflict(EventEnvelope envelope, String firstEventId) {

    String reason() {
      return "a second, different event (id %s) under %s sequence %d, where event %s was taken in"
          .formatted(envelope.eventId(), envelope.subject(), envelope.sequence(), firstEventId);
    }
  }

  /** The collection, beside the projections' in the views' database. */
  static final String COLLECTION = "event_ids";

  /** A whole poll's keys at Kafka's default {@code max.poll.records}: one read a poll. */
  private static final int KEYS_PER_COMMAND = 500;

  private static final String EVENT_ID = "eventId";

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
    for (int from = 0; from < envelopes.size(); from += KEYS_PER_COMMAND) {
      List<EventEnvelope> batch =
          envelopes.subList(from, Math.min(envelopes.size(), from + KEYS_PER_COMMAND));
      Map<String, String> registered = registered(batch);
      Map<String, EventEnvelope> unregistered = new LinkedHashMap<>();
      for (EventEnvelope envelope : batch) {
        String key = key(envelope);
        EventEnvelope earlier = unregistered.get(key);
        String firstEventId = earlier != null ? earlier.eventId() : registered.get(key);
        if (firstEventId == null) {
          unregistered.put(key, envelope);
        } else if (!firstEventId.equals(envelope.eventId())) {
          conflicts.add(new Conflict(envelope, firstEventId));
        }
      }
      List<EventEnvelope> collided = insert(List.copyOf(unregistered.values()));
      Map<String, String> registeredMeanwhile =
          collided.isEmpty() ? Map.of() : registered(collided);
      for (EventEnvelope envelope : collided) {
        String firstEventId = registeredMeanwhile.get(key(envelope));
        if (!Objects.equals(firstEventId, envelope.eventId())) {
          conflicts.add(new Conflict(envelope, firstEventId));
        }
      }
    }
    return conflicts;
  }

  /** The event ids registered under the envelopes' subjects and sequences, by key. */
  private Map<String, String> registered(List<EventEnvelope> envelopes) {
    Map<String, String> registered = new HashMap<>();
    ids.find(in("_id", envelopes.stream().map(EventIds::key).distinct().toList()))
        .forEach(found -> registered.put(found.getString("_id"), found.getString(EVENT_ID)));
    return registered;
  }

  /**
   * Inserts the envelopes, each under a key of its own, in one command that goes on past a
   * collision; returns the envelopes whose key another runner registered since they were read.
   */
  private List<EventEnvelope> insert(List<EventEnvelope> envelopes) {
    if (envelopes.isEmpty()) {
      return List.of();
    }
    try {
      ids.bulkWrite(
          envelopes.stream()
              .map(
                  envelope ->
                      new InsertOneModel<>(
                          new Document("_id", key(envelope)).append(EVENT_ID, envelope.eventId())))
              .toList(),
          new BulkWriteOptions().ordered(false));
      return List.of();
    } catch (MongoBulkWriteException e) {
      if (e.getWriteConcernError() != null) {
        throw e;
      }
      List<EventEnvelope> collided = new ArrayList<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        collided.add(envelopes.get(error.getIndex()));
      }
      return collided;
    }
  }

  private static String key(EventEnvelope envelope) {
    return envelope.subject() + "/" + envelope.sequence();
  }
}
