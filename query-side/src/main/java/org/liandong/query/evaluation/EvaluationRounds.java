package org.liandong.query.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.model.evaluation.RoundId;
import org.liandong.query.projection.ServedViews;
import org.springframework.stereotype.Component;

/** Reads a round's history from its document, as the contract's events. */
@Component
class EvaluationRounds {

  private final ServedViews views;

  EvaluationRounds(ServedViews views) {
    this.views = views;
  }

  /**
   * The round's events recorded by the moment, in order; empty when none was (the round did not
   * exist yet).
   */
  Optional<List<EvaluationEvent>> history(RoundId roundId, Instant moment) {
    return history(roundId, entry -> !entry.recordedAt().isAfter(moment));
  }

  Optional<List<EvaluationEvent>> history(RoundId roundId) {
    return history(roundId, entry -> true);
  }

  /** Every round's events, each round's in order. */
  List<List<EvaluationEvent>> histories() {
    List<List<EvaluationEvent>> histories = new ArrayList<>();
    for (Document round : views.collection(EvaluationProjection.NAME).find()) {
      List<EvaluationEvent> events =
          EvaluationRoundDocument.read(round).events().stream()
              .map(EvaluationRoundDocument.Entry::toEvent)
              .toList();
      if (!events.isEmpty()) {
        histories.add(events);
      }
    }
    return histories;
  }

  private Optional<List<EvaluationEvent>> history(
      RoundId roundId, Predicate<EvaluationRoundDocument.Entry> recorded) {
    Document round =
        views
            .collection(EvaluationProjection.NAME)
            .find(new Document(EvaluationRoundDocument.ID, roundId.value()))
            .first();
    if (round == null) {
      return Optional.empty();
    }
    List<EvaluationEvent> events =
        EvaluationRoundDocument.read(round).events().stream()
            .filter(recorded)
            .map(EvaluationRoundDocument.Entry::toEvent)
            .toList();
    return events.isEmpty() ? Optional.empty() : Optional.of(events);
  }
}
