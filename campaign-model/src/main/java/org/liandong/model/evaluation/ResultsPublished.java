package org.liandong.model.evaluation;

import java.time.LocalDate;
import org.liandong.model.event.EventRevision;

/**
 * The results were published, on the day given: scores, grades and ranks are frozen from here; only
 * a decided appeal amends them, visibly.
 */
@EventRevision("1")
public record ResultsPublished(RoundId roundId, LocalDate publishedOn) implements EvaluationEvent {}
