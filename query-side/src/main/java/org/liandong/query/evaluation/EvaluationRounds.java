package org.liandong.query.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.query.projection.ProjectionVersions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads a round's history from its document, as the contract's events. */
@Component
class EvaluationRounds {

  private static final ObjectMapper JSON = CampaignJson.mapper();

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;

  EvaluationRounds(MongoTemplate mongo, ProjectionVersions versions) {
    this.mongo = mongo;
    this.versions = versions;
  }

  Optional<List<EvaluationEvent>> history(String roundId) {
    Document round =
        mongo
            .getCollection(versions.serving(EvaluationProjection.NAME))
            .find(new Document("_id", roundId))
            .first();
    if (round == null) {
      return Optional.empty();
    }
    return Optional.of(
        round.getList("events", Document.class, List.of()).stream()
            .map(EvaluationRounds::event)
            .toList());
  }

  private static EvaluationEvent event(Document entry) {
    Class<?> type =
        EventTypes.classOf(entry.getString("type"))
            .orElseThrow(
                () -> new IllegalStateException("unknown event type " + entry.getString("type")));
    return (EvaluationEvent) JSON.convertValue(entry.get("event", Document.class), type);
  }
}
