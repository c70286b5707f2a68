package org.liandong.model.evaluation;

import org.liandong.model.event.DomainEvent;
import org.liandong.model.event.History;

/**
 * Every fact of an evaluation round's history: its scheme, evaluators, phases, scores, deductions,
 * publication and appeals.
 */
public sealed interface EvaluationEvent extends DomainEvent
    permits RoundDrafted,
        SchemeRevised,
        EvaluatorAssigned,
        LeadEvaluatorNamed,
        RoundOpened,
        SelfAssessmentSubmitted,
        ScoringStarted,
        IndicatorScored,
        ModerationStarted,
        ScoreSettled,
        DeductionMade,
        ResultsPublished,
        AppealLodged,
        AppealDecided {

  RoundId roundId();

  @Override
  default History history() {
    return new History("evaluations", roundId().value());
  }
}
