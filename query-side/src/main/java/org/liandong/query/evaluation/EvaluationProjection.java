package org.liandong.query.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per evaluation round: its events in order. A round has at most a few thousand (32
 * regions, a handful of assessed indicators, two or three evaluators), so its views fold them when
 * they are read ({@link RoundResults}) rather than keeping running scores that a settlement or an
 * amendment would have to unpick.
 */
@Component
class EvaluationProjection implements Projection {

  static final String NAME = "evaluations";

  private static final ObjectMapper JSON = CampaignJson.mapper();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<WriteModel<Document>> writesFor(EventEnvelope envelope) {
    if (!(envelope.event() instanceof EvaluationEvent event)) {
      return List.of();
    }
    Document entry =
        new Document("type", EventTypes.typeOf(event.getClass()))
            .append("recordedAt", envelope.storedAt().toString())
            .append("event", new Document(JSON.convertValue(event, Map.class)));
    return List.of(
        OncePerSequence.update(
            envelope.subject(),
            "lastSequence",
            envelope.sequence(),
            new Document("$push", new Document("events", entry))));
  }
}
