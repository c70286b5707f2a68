package org.liandong.query.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * One event's change to one projection document, taken in at most once ({@link OncePerSequence}):
 * an update with MongoDB's operators, applied only while the sequence the document keeps at {@code
 * sequencePath} is below the event's, and setting it. It is carried out either as a guarded update
 * ({@link #model}) or, with the document's other writes of a poll, in memory ({@link #applyTo}).
 *
 * @param update the operators ({@code $set}, {@code $inc}, {@code $push} ...); for a creation, the
 *     fields under {@code $setOnInsert}
 * @param creation whether the write only creates the document and never changes one there already
 */
public record GuardedWrite(
    String documentId, String sequencePath, long sequence, Document update, boolean creation) {

  /**
   * A token every write of a projection document changes, so that a document read, changed in
   * memory and written back replaces only what it read ({@link FoldedWrites}).
   */
  public static final String REVISION = "_revision";

  /** The guarded update, found by {@code _id} and upserting; it changes the revision too. */
  UpdateOneModel<Document> model() {
    Document operators = guardedUpdate();
    String operator = creation ? "$setOnInsert" : "$set";
    operators.put(
        operator,
        new Document(operators.get(operator, Document.class)).append(REVISION, new ObjectId()));
    return new UpdateOneModel<>(filter(), operators, new UpdateOptions().upsert(true));
  }

  /**
   * Whether the write changes the document, as MongoDB would decide for the stored one: it creates
   * one where there is none, and otherwise applies unless it only creates or the document has taken
   * its sequence in already.
   *
   * @param document the document, or null where there is none yet
   */
  boolean changes(Document document) {
    return document == null
        || (!creation && UpdateOperators.below(document, sequencePath, sequence));
  }

  /**
   * Applies the write in memory, as MongoDB would to the stored document; only where it {@link
   * #changes} the document.
   *
   * @param document the document, or null where there is none yet
   * @return the document after the write: the one given, or a new one where there was none
   */
  Document applyTo(Document document) {
    Document target = document == null ? new Document("_id", documentId) : document;
    UpdateOperators.apply(target, guardedUpdate(), document == null);
    return target;
  }

  private Bson filter() {
    return creation
        ? eq("_id", documentId)
        : and(eq("_id", documentId), or(exists(sequencePath, false), lt(sequencePath, sequence)));
  }

  private Document guardedUpdate() {
    Document guarded = new Document(update);
    String operator = creation ? "$setOnInsert" : "$set";
    Document fields = update.get(operator, Document.class);
    guarded.put(
        operator,
        (fields == null ? new Document() : new Document(fields)).append(sequencePath, sequence));
    return guarded;
  }
}
