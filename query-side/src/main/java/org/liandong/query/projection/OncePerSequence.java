package org.liandong.query.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;

/**
 * Applies an update to one projection document at most once per campaign event. The document keeps
 * the sequence of the last event of each campaign it has taken in; the update only matches while
 * that sequence is lower than the event's, and sets it in the same atomic write. Events of one
 * campaign arrive in order, so a redelivered event finds its sequence already there and matches
 * nothing: a document-level guard that needs no transaction.
 */
public final class OncePerSequence {

  /**
   * Where a document keeps the sequence of the last event it took in: at its root for a document of
   * one campaign or case, below each campaign's key ({@link #lastSequence}) for one that sums up
   * several.
   */
  public static final String LAST_SEQUENCE = "lastSequence";

  /**
   * Writes sent in one command. A server works through a command before it answers anything else on
   * that connection's thread; the embedded stand-in scans a collection for each guarded write, so a
   * long command would hold up the command side's inserts on the same thread.
   */
  static final int WRITES_PER_COMMAND = 50;

  private OncePerSequence() {}

  /** Where a document that sums up several campaigns keeps the last sequence of one, below it. */
  public static String lastSequence(String campaignPath) {
    return campaignPath + "." + LAST_SEQUENCE;
  }

  /**
   * The guarded write of an update.
   *
   * @param sequencePath where the document keeps the campaign's last applied sequence
   * @param update the update, with {@code $inc}, {@code $set} ... operators; its {@code $set} gains
   *     the sequence
   */
  public static UpdateOneModel<Document> update(
      String documentId, String sequencePath, long sequence, Document update) {
    Document set = update.get("$set", Document.class);
    Document guarded = new Document(update);
    guarded.put(
        "$set", (set == null ? new Document() : new Document(set)).append(sequencePath, sequence));
    return new UpdateOneModel<>(
        and(eq("_id", documentId), or(exists(sequencePath, false), lt(sequencePath, sequence))),
        guarded,
        new UpdateOptions().upsert(true));
  }

  /**
   * The write of an event that creates a document: an upsert found by {@code _id} alone that sets
   * its fields only on insert. A redelivered creation finds the document and changes nothing,
   * whatever later events changed since; and a filter of {@code _id} alone stays an index lookup
   * even on the embedded stand-in, which scans for any other filter.
   *
   * @param sequencePath where the document keeps the last applied sequence, for the updates after
   */
  public static UpdateOneModel<Document> insert(
      String documentId, String sequencePath, long sequence, Document fields) {
    return new UpdateOneModel<>(
        eq("_id", documentId),
        new Document("$setOnInsert", new Document(fields).append(sequencePath, sequence)),
        new UpdateOptions().upsert(true));
  }

  /**
   * Carries out upserting writes in order, {@value #WRITES_PER_COMMAND} to a command. An upsert
   * that collides with an existing {@code _id} found its document with the event already taken in
   * (the guard did not match), so that write is done and the ones after it go on.
   */
  public static void write(
      MongoCollection<Document> into, List<? extends WriteModel<Document>> writes) {
    for (int from = 0; from < writes.size(); from += WRITES_PER_COMMAND) {
      writeInOrder(into, writes.subList(from, Math.min(writes.size(), from + WRITES_PER_COMMAND)));
    }
  }

  private static void writeInOrder(
      MongoCollection<Document> into, List<? extends WriteModel<Document>> writes) {
    List<? extends WriteModel<Document>> left = writes;
    while (!left.isEmpty()) {
      try {
        into.bulkWrite(left, new BulkWriteOptions().ordered(true));
        return;
      } catch (MongoBulkWriteException e) {
        BulkWriteError first = e.getWriteErrors().get(0);
        if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        left = left.subList(first.getIndex() + 1, left.size());
      }
    }
  }
}
