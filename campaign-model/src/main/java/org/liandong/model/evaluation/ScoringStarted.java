package org.liandong.model.evaluation;

import org.liandong.model.event.EventRevision;

/** Scoring started: the evaluators score the regions assigned to them. */
@EventRevision("1")
public record ScoringStarted(RoundId roundId) implements EvaluationEvent {}
