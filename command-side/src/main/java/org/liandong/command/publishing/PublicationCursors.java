package org.liandong.command.publishing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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

  /** The last sequence of the history that was published; -1 when none was. */
  long published(String subject) {
    Document cursor = cursors.find(Filters.eq("_id", subject)).first();
    return cursor == null ? -1 : cursor.get(PUBLISHED, Number.class).longValue();
  }

  /**
   * Never moves a cursor back, should a publisher that lost its lease still be finishing a batch.
   */
  void advance(String subject, long published) {
    cursors.updateOne(
        Filters.eq("_id", subject),
        Updates.max(PUBLISHED, published),
        new UpdateOptions().upsert(true));
  }
}
