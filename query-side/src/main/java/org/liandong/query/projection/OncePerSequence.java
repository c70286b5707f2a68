package org.liandong.query.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;

/**
 * Applies an update to one projection document at most once per campaign event ({@link
 * GuardedWrite}). The document keeps the sequence of the last event of each campaign it has taken
 * in; the update only matches while that sequence is lower than the event's, and sets it in the
 * same atomic write. Events of one campaign arrive in order, so a redelivered event finds its
 * sequence already there and matches nothing: a document-level guard that needs no transaction.
 */
public final class OncePerSequence {

  /**
   * Where a document keeps the sequence of the last event it took in: at its root for a document of
   * one campaign or case, below each campaign's key ({@link #lastSequence}) for one that sums up
   * several.
   */
  public static final String LAST_SEQUENCE = "lastSequence";

  /**
   * Writes (and documents read) in one command: a server works through a command before it answers
   * anything else on that connection, and a projection's command should not hold up for long the
   * command side's inserts sharing the server.
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
  public static GuardedWrite update(
      String documentId, String sequencePath, long sequence, Document update) {
    return new GuardedWrite(documentId, sequencePath, sequence, update, false);
  }

  /**
   * The guarded write of an update to the document of the event's own campaign, case, round or
   * release, which keeps its last sequence at its root.
   */
  public static GuardedWrite ofSubject(EventEnvelope envelope, Document update) {
    return update(envelope.subject(), LAST_SEQUENCE, envelope.sequence(), update);
  }

  /**
   * The write of an event that creates a document: found by {@code _id} alone, it sets its fields
   * only on insert. A redelivered creation finds the document and changes nothing, whatever later
   * events changed since.
   *
   * @param sequencePath where the document keeps the last applied sequence, for the updates after
   */
  public static GuardedWrite insert(
      String documentId, String sequencePath, long sequence, Document fields) {
    return new GuardedWrite(
        documentId, sequencePath, sequence, new Document("$setOnInsert", fields), true);
  }

  /**
   * Carries out the writes, each document's in order. A document with one write gets it as a
   * guarded update, {@value #WRITES_PER_COMMAND} to a command; one with several has them folded
   * into one write ({@link FoldedWrites}), or as guarded updates too when another writer changed
   * the document meanwhile.
   */
  public static void write(MongoCollection<Document> into, List<GuardedWrite> writes) {
    Map<String, List<GuardedWrite>> byDocument = new LinkedHashMap<>();
    writes.forEach(
        write ->
            byDocument.computeIfAbsent(write.documentId(), id -> new ArrayList<>()).add(write));
    List<GuardedWrite> oneByOne = new ArrayList<>();
    Map<String, List<GuardedWrite>> several = new LinkedHashMap<>();
    byDocument.forEach(
        (id, ofDocument) -> {
          if (ofDocument.size() == 1) {
            oneByOne.addAll(ofDocument);
          } else {
            several.put(id, ofDocument);
          }
        });
    FoldedWrites.write(into, several).values().forEach(oneByOne::addAll);
    List<UpdateOneModel<Document>> models = oneByOne.stream().map(GuardedWrite::model).toList();
    for (int from = 0; from < models.size(); from += WRITES_PER_COMMAND) {
      writeInOrder(into, models.subList(from, Math.min(models.size(), from + WRITES_PER_COMMAND)));
    }
  }

  /**
   * Carries out upserting writes in order. An upsert that collides with an existing {@code _id}
   * found its document with the event already taken in (the guard did not match), so that write is
   * done and the ones after it go on.
   */
  private static void writeInOrder(
      MongoCollection<Document> into, List<UpdateOneModel<Document>> writes) {
    List<UpdateOneModel<Document>> left = writes;
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
