package org.liandong.query.evaluation;

import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.query.projection.OneDocumentPerSubject;
import org.springframework.stereotype.Component;

/**
 * One document per evaluation round ({@link EvaluationRoundDocument}): its events in order. A round
 * has at most a few thousand (32 regions, a handful of assessed indicators, two or three
 * evaluators), so its views fold them when they are read ({@link RoundResults}) rather than keeping
 * running scores that a settlement or an amendment would have to unpick.
 */
@Component
class EvaluationProjection extends OneDocumentPerSubject<EvaluationEvent> {

  static final String NAME = "evaluations";

  EvaluationProjection() {
    super(NAME, EvaluationEvent.class);
  }

  @Override
  protected Document update(EvaluationEvent event, EventEnvelope envelope) {
    Document entry = EvaluationRoundDocument.Entry.stored(event, envelope.storedAt());
    return new Document("$push", new Document(EvaluationRoundDocument.EVENTS, entry));
  }
}
