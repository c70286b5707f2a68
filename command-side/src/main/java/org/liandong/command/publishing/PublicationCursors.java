package org.liandong.command.publishing;

import com.mongodb.client.model.Filters;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** How far each history (a campaign or a case) has been published: one document per history. */
@Component
class PublicationCursors {

  static final String COLLECTION = "publication_cursors";
  private static final String PUBLISHED = "published";

  private final SequencePerHistory cursors;

  PublicationCursors(MongoTemplate mongo) {
    this.cursors = new SequencePerHistory(mongo.getCollection(COLLECTION), PUBLISHED);
  }

  /** The last sequence of each history that was published; -1 for one of which none was. */
  Map<String, Long> published(Collection<String> subjects) {
    Map<String, Long> published = new HashMap<>();
    subjects.forEach(subject -> published.put(subject, -1L));
    return cursors.read(Filters.in("_id", subjects), published);
  }

  /**
   * Never moves a cursor back, should a publisher that lost its lease still be finishing a batch.
   */
  void advance(Map<String, Long> published) {
    cursors.raise(published);
  }
}
