package org.liandong.query.typicalcases;

import static org.liandong.query.typicalcases.TypicalCaseDocument.texts;

import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.publication.TypicalCaseApproved;
import org.liandong.model.publication.TypicalCaseEvent;
import org.liandong.model.publication.TypicalCaseProposed;
import org.liandong.model.publication.TypicalCaseReturned;
import org.liandong.query.projection.OneDocumentPerSubject;
import org.liandong.query.typicalcases.TypicalCaseDocument.Status;
import org.springframework.stereotype.Component;

/**
 * One document per typical case ({@link TypicalCaseDocument}), as it stands now: the latest
 * proposal's texts, and whether it is proposed, returned or published.
 */
@Component
class TypicalCaseProjection extends OneDocumentPerSubject<TypicalCaseEvent> {

  static final String NAME = "typical_cases";

  TypicalCaseProjection() {
    super(NAME, TypicalCaseEvent.class);
  }

  @Override
  protected Document update(TypicalCaseEvent event, EventEnvelope envelope) {
    return new Document("$set", fields(event, envelope));
  }

  private static Document fields(TypicalCaseEvent event, EventEnvelope envelope) {
    if (event instanceof TypicalCaseProposed proposed) {
      return new Document(TypicalCaseDocument.STATUS, Status.PROPOSED.name())
          .append(TypicalCaseDocument.DEPARTMENT, proposed.department().value())
          .append(TypicalCaseDocument.CAMPAIGN, proposed.campaign().value())
          .append(TypicalCaseDocument.REPORT, proposed.report().value())
          .append(TypicalCaseDocument.RIGHT, proposed.right().name())
          .append(TypicalCaseDocument.TITLE, texts(proposed.title()))
          .append(TypicalCaseDocument.NARRATIVE, texts(proposed.narrative()))
          .append(TypicalCaseDocument.PROPOSED_AT, envelope.storedAt().toString())
          .append(TypicalCaseDocument.RETURNED_FOR, null);
    } else if (event instanceof TypicalCaseReturned returned) {
      return new Document(TypicalCaseDocument.STATUS, Status.RETURNED.name())
          .append(TypicalCaseDocument.RETURNED_FOR, returned.reason());
    }
    TypicalCaseApproved approved = (TypicalCaseApproved) event;
    return new Document(TypicalCaseDocument.STATUS, Status.PUBLISHED.name())
        .append(TypicalCaseDocument.PUBLISHED_ON, approved.publishedOn().toString());
  }
}
