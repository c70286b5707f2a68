package org.liandong.model.evaluation;

import org.liandong.model.event.EventRevision;

/** The office named the lead evaluator, who moderates, publishes and decides appeals. */
@EventRevision("1")
public record LeadEvaluatorNamed(RoundId roundId, String evaluator) implements EvaluationEvent {}
