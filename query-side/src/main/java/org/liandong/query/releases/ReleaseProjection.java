package org.liandong.query.releases;

import java.util.List;
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.publication.ReleaseEvent;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per release ({@link ReleaseDocument}): its events in order. A release has a handful,
 * so its view folds them when read; its figures are not here but read from the report ledger as of
 * its cut-off (ADR 0018).
 */
@Component
class ReleaseProjection implements Projection {

  static final String NAME = "releases";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    if (!(envelope.event() instanceof ReleaseEvent event)) {
      return List.of();
    }
    String user = envelope.actor() == null ? null : envelope.actor().user();
    Document entry = ReleaseDocument.Entry.stored(event, envelope.storedAt(), user);
    return List.of(
        OncePerSequence.ofSubject(
            envelope, new Document("$push", new Document(ReleaseDocument.EVENTS, entry))));
  }
}
