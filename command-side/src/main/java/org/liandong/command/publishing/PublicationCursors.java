package org.liandong.command.publishing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** How far each history (a campaign or a case) has been published: one document per history. */
@Component
class PublicationCursors {

  static final String COLLECTION = "publication_cursors";
  private static final String PUBLISHED = "published";

  private final MongoCollection<Document> cursors;

  PublicationCursors(MongoTemplate mongo) {
    this.cursors = mongo.getCollection(COLLECTION);
  }

  /** The last sequence of each history that was published; -1 for one of which none was. */
  Map<String, Long> published(Collection<String> subjects) {
    Map<String, Long> published = new HashMap<>();
    subjects.forEach(subject -> published.put(subject, -1L));
    cursors
        .find(Filters.in("_id", subjects))
        .forEach(
            cursor ->
                published.put(
                    cursor.getString("_id"), cursor.get(PUBLISHED, Number.class).longValue()));
    return published;
  }

  /**
   * Never moves a cursor back, should a publisher that lost its lease still be finishing a batch.
   */
  void advance(Map<String, Long> published) {
    List<UpdateOneModel<Document>> writes = new ArrayList<>();
    published.forEach(
        (subject, sequence) ->
            writes.add(
                new UpdateOneModel<>(
                    Filters.eq("_id", subject),
                    Updates.max(PUBLISHED, sequence),
                    new UpdateOptions().upsert(true))));
    if (!writes.isEmpty()) {
      cursors.bulkWrite(writes);
    }
  }
}
