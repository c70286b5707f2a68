package org.liandong.model.evaluation;

import org.liandong.model.event.EventRevision;

/** The round was opened: the provincial offices may submit their self-assessments. */
@EventRevision("1")
public record RoundOpened(RoundId roundId) implements EvaluationEvent {}
