package org.liandong.model.evaluation;

import org.liandong.model.event.DomainEvent;

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
  default String subject() {
    return roundId().value();
  }

  @Override
  default String source() {
    return "/evaluations/" + roundId().value();
  }
}
