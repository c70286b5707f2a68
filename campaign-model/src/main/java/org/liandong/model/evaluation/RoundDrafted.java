package org.liandong.model.evaluation;

import java.time.Instant;
import org.liandong.model.event.EventRevision;

/**
 * The office drafted an evaluation round of a year: its title, the moment of recording its figures
 * are read as of ({@code cutOff}), and its scheme. Revision 2: the scheme's indicators may carry
 * {@code bands}, {@code per} and {@code tally}; a revision-1 scheme has none, which is what the
 * indicators' constructor makes of their absence, so no upcaster is needed.
 */
@EventRevision("2")
public record RoundDrafted(RoundId roundId, int year, String title, Instant cutOff, Scheme scheme)
    implements EvaluationEvent {}
