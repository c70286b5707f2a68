package org.liandong.query.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * Applies an update to one projection document at most once per campaign event. The document keeps
 * the sequence of the last event of each campaign it has taken in; the update only matches while
 * that sequence is lower than the event's, and sets it in the same atomic write. Events of one
 * campaign arrive in order, so a redelivered event finds its sequence already there and matches
 * nothing: a document-level guard that needs no transaction.
 */
public final class OncePerSequence {

  private OncePerSequence() {}

  /**
   * @param sequencePath where the document keeps the campaign's last applied sequence
   * @param update the update, with {@code $inc}, {@code $set} ... operators; its {@code $set} gains
   *     the sequence
   */
  public static void apply(
      MongoCollection<Document> collection,
      String documentId,
      String sequencePath,
      long sequence,
      Document update) {
    Document set = update.get("$set", Document.class);
    Document guarded = new Document(update);
    guarded.put(
        "$set", (set == null ? new Document() : new Document(set)).append(sequencePath, sequence));
    try {
      collection.updateOne(
          and(eq("_id", documentId), or(exists(sequencePath, false), lt(sequencePath, sequence))),
          guarded,
          new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      // The document exists and has taken this event in: the upsert collided with its _id.
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }
}
