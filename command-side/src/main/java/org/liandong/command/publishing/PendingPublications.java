package org.liandong.command.publishing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The histories (campaigns and cases) that may hold events not yet published, each with the highest
 * sequence a writer was about to store. A writer marks a history before it appends to it, so a mark
 * exists whenever an unpublished event may; the publisher removes it only once it has published up
 * to that sequence. The collection stays as small as the set of histories being written to, and the
 * publisher reads all of it on every sweep.
 */
@Component
class PendingPublications {

  static final String COLLECTION = "publication_pending";
  private static final String UP_TO = "upTo";

  private final MongoCollection<Document> pending;
  private final SequencePerHistory marks;

  PendingPublications(MongoTemplate mongo) {
    this.pending = mongo.getCollection(COLLECTION);
    this.marks = new SequencePerHistory(pending, UP_TO);
  }

  /** Marks each history as about to receive events up to the given sequence. */
  void mark(Map<String, Long> upTo) {
    marks.raise(upTo);
  }

  /** Every marked history, with the highest sequence announced for it. */
  Map<String, Long> marks() {
    return marks.read(Filters.empty(), new HashMap<>());
  }

  /**
   * Removes each history's mark unless a writer has since announced events beyond what was
   * published.
   */
  void clear(Map<String, Long> published) {
    List<DeleteOneModel<Document>> deletes = new ArrayList<>();
    published.forEach(
        (subject, sequence) ->
            deletes.add(
                new DeleteOneModel<>(
                    Filters.and(Filters.eq("_id", subject), Filters.lte(UP_TO, sequence)))));
    if (!deletes.isEmpty()) {
      pending.bulkWrite(deletes);
    }
  }

  long count() {
    return pending.countDocuments();
  }
}
