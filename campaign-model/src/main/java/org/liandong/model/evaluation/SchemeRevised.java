package org.liandong.model.evaluation;

import org.liandong.model.event.EventRevision;

/**
 * The office revised the scheme of a round in draft; the new one carries the next version. Revision
 * 2: as {@link RoundDrafted}'s.
 */
@EventRevision("2")
public record SchemeRevised(RoundId roundId, Scheme scheme) implements EvaluationEvent {}
