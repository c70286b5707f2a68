package org.liandong.query.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Carries out several writes to one document as one: the document is read by {@code _id}, the
 * writes are applied to it in memory in order ({@link GuardedWrite#applyTo}), and it is written
 * back once. A campaign's summary takes hundreds of events in one poll while a projection is
 * rebuilt, and each guarded update reads, copies and stores the whole document again.
 *
 * <p>The document is written back only if no one changed it since it was read: every write of a
 * projection document gives it a new {@link GuardedWrite#REVISION}, and the replacement is matched
 * on the one read. Two query-side nodes share a topic's partitions, and one document (a
 * department's workspace) sums up campaigns of several partitions. A document changed in between
 * has its writes carried out one by one as guarded updates instead, which the store applies
 * atomically: two nodes contending for a document both make progress, and the guards skip whatever
 * the other node took in.
 */
final class FoldedWrites {

  /** One document, folded, to be written in place of the revision read (null: none was read). */
  private record Folded(String id, boolean stored, Object readRevision, Document document) {

    WriteModel<Document> model() {
      return stored
          ? new ReplaceOneModel<>(
              and(eq("_id", id), eq(GuardedWrite.REVISION, readRevision)), document)
          : new InsertOneModel<>(document);
    }

    Object writtenRevision() {
      return document.get(GuardedWrite.REVISION);
    }
  }

  private FoldedWrites() {}

  /**
   * Writes each document's writes as one.
   *
   * @param byDocument the writes of each document, in order
   * @return the writes of the documents another writer changed between the read and the write, to
   *     be carried out one by one as guarded updates, which no one can overtake
   */
  static Map<String, List<GuardedWrite>> write(
      MongoCollection<Document> into, Map<String, List<GuardedWrite>> byDocument) {
    Map<String, Document> stored = read(into, new ArrayList<>(byDocument.keySet()));
    List<Folded> folded = new ArrayList<>();
    byDocument.forEach(
        (id, writes) -> {
          Document document = stored.get(id);
          Object readRevision = document == null ? null : document.get(GuardedWrite.REVISION);
          boolean changed = false;
          for (GuardedWrite write : writes) {
            if (write.changes(document)) {
              document = write.applyTo(document);
              changed = true;
            }
          }
          if (changed) {
            document.put(GuardedWrite.REVISION, new ObjectId());
            folded.add(new Folded(id, stored.containsKey(id), readRevision, document));
          }
        });
    Map<String, List<GuardedWrite>> overtaken = new LinkedHashMap<>();
    for (int from = 0; from < folded.size(); from += OncePerSequence.WRITES_PER_COMMAND) {
      List<Folded> batch =
          folded.subList(from, Math.min(folded.size(), from + OncePerSequence.WRITES_PER_COMMAND));
      overtaken(into, batch).forEach(id -> overtaken.put(id, byDocument.get(id)));
    }
    return overtaken;
  }

  private static Map<String, Document> read(MongoCollection<Document> into, List<String> ids) {
    Map<String, Document> documents = new HashMap<>();
    for (int from = 0; from < ids.size(); from += OncePerSequence.WRITES_PER_COMMAND) {
      List<String> batch =
          ids.subList(from, Math.min(ids.size(), from + OncePerSequence.WRITES_PER_COMMAND));
      into.find(or(batch.stream().map(id -> eq("_id", id)).toList()))
          .forEach(document -> documents.put(document.getString("_id"), document));
    }
    return documents;
  }

  /** Writes the batch; returns the ids of the documents another writer changed first. */
  private static List<String> overtaken(MongoCollection<Document> into, List<Folded> batch) {
    List<String> overtaken = new ArrayList<>();
    BulkWriteResult result;
    try {
      result =
          into.bulkWrite(
              batch.stream().map(Folded::model).toList(), new BulkWriteOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        overtaken.add(batch.get(error.getIndex()).id());
      }
      result = e.getWriteResult();
    }
    long replacements = batch.stream().filter(Folded::stored).count();
    if (result.getMatchedCount() < replacements) {
      List<Folded> replaced = batch.stream().filter(Folded::stored).toList();
      Map<String, Document> now = read(into, replaced.stream().map(Folded::id).toList());
      replaced.stream()
          .filter(
              folded ->
                  now.get(folded.id()) == null
                      || !Objects.equals(
                          now.get(folded.id()).get(GuardedWrite.REVISION),
                          folded.writtenRevision()))
          .forEach(folded -> overtaken.add(folded.id()));
    }
    return overtaken;
  }
}
