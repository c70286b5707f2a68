package org.liandong.command.publishing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection that keeps one sequence per history (a campaign or a case), under the history's id:
 * the pending marks, the publication cursors and how far the report index has come. A sequence kept
 * here only rises, so that a writer or a publisher that is late never moves it back.
 */
public final class SequencePerHistory {

  private final MongoCollection<Document> documents;
  private final String field;

  public SequencePerHistory(MongoCollection<Document> documents, String field) {
    this.documents = documents;
    this.field = field;
  }

  /** Raises each history's sequence to the given one, unless it is already that high. */
  public void raise(Map<String, Long> sequences) {
    List<UpdateOneModel<Document>> writes = new ArrayList<>();
    sequences.forEach(
        (subject, sequence) ->
            writes.add(
                new UpdateOneModel<>(
                    Filters.eq("_id", subject),
                    Updates.max(field, sequence),
                    new UpdateOptions().upsert(true))));
    if (!writes.isEmpty()) {
      documents.bulkWrite(writes);
    }
  }

  /** Puts the sequence of each history the filter matches into {@code sequences}. */
  public Map<String, Long> read(Bson filter, Map<String, Long> sequences) {
    documents
        .find(filter)
        .forEach(
            document ->
                sequences.put(
                    document.getString("_id"), document.get(field, Number.class).longValue()));
    return sequences;
  }
}
