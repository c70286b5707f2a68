package org.liandong.query.releases;

import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.publication.ReleaseEvent;
import org.liandong.query.projection.OneDocumentPerSubject;
import org.springframework.stereotype.Component;

/**
 * One document per release ({@link ReleaseDocument}): its events in order. A release has a handful,
 * so its view folds them when read; its figures are not here but read from the report ledger as of
 * its cut-off (ADR 0018).
 */
@Component
class ReleaseProjection extends OneDocumentPerSubject<ReleaseEvent> {

  static final String NAME = "releases";

  ReleaseProjection() {
    super(NAME, ReleaseEvent.class);
  }

  @Override
  protected Document update(ReleaseEvent event, EventEnvelope envelope) {
    String user = envelope.actor() == null ? null : envelope.actor().user();
    Document entry = ReleaseDocument.Entry.stored(event, envelope.storedAt(), user);
    return new Document("$push", new Document(ReleaseDocument.EVENTS, entry));
  }
}
