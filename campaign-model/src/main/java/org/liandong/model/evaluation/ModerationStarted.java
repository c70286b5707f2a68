package org.liandong.model.evaluation;

import org.liandong.model.event.EventRevision;

/**
 * Moderation started: every assessed indicator of every region has two scores at least, and those
 * too far apart are to be settled.
 */
@EventRevision("1")
public record ModerationStarted(RoundId roundId) implements EvaluationEvent {}
