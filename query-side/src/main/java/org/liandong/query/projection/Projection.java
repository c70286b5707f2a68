package org.liandong.query.projection;

import com.mongodb.client.model.IndexModel;
import java.util.List;
import org.liandong.model.envelope.EventEnvelope;

/**
 * A read model kept from the campaign topic, in one MongoDB collection per version (see {@link
 * ProjectionVersions}). It must tolerate the same envelope more than once and change nothing the
 * second time: the topic is delivered at least once.
 */
public interface Projection {

  /** Its name in the API and the logs, and the stem of its collections' names. */
  String name();

  /** The indexes its queries need, created with each version's collection. */
  default List<IndexModel> indexes() {
    return List.of();
  }

  /**
   * The writes that take the event into a version's collection, carried out in order by {@link
   * OncePerSequence#write}; none when the event does not concern this projection.
   */
  List<GuardedWrite> writesFor(EventEnvelope envelope);
}
