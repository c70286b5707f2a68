package org.liandong.query.evaluation;

import java.util.List;
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per evaluation round ({@link EvaluationRoundDocument}): its events in order. A round
 * has at most a few thousand (32 regions, a handful of assessed indicators, two or three
 * evaluators), so its views fold them when they are read ({@link RoundResults}) rather than keeping
 * running scores that a settlement or an amendment would have to unpick.
 */
@Component
class EvaluationProjection implements Projection {

  static final String NAME = "evaluations";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    if (!(envelope.event() instanceof EvaluationEvent event)) {
      return List.of();
    }
    Document entry = EvaluationRoundDocument.Entry.stored(event, envelope.storedAt());
    return List.of(
        OncePerSequence.ofSubject(
            envelope, new Document("$push", new Document(EvaluationRoundDocument.EVENTS, entry))));
  }
}
