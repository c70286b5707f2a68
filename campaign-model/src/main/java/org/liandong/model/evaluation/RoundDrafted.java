package org.liandong.model.evaluation;

import java.time.Instant;
import org.liandong.model.event.EventRevision;

/**
 * The office drafted an evaluation round of a year: its title, the moment of recording its figures
 * are read as of ({@code cutOff}), and its scheme.
 */
@EventRevision("1")
public record RoundDrafted(RoundId roundId, int year, String title, Instant cutOff, Scheme scheme)
    implements EvaluationEvent {}
