package org.liandong.query.evaluation;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.query.projection.ProjectionVersions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads a round's history from its document, as the contract's events. */
@Component
class EvaluationRounds {

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
            .find(new Document(EvaluationRoundDocument.ID, roundId))
            .first();
    return Optional.ofNullable(round)
        .map(
            stored ->
                EvaluationRoundDocument.read(stored).events().stream()
                    .map(EvaluationRoundDocument.Entry::toEvent)
                    .toList());
  }
}
