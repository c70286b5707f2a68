package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/**
 * The lead evaluator settled a region's score of an assessed indicator, with a reason; it replaces
 * the evaluators' mean.
 */
@EventRevision("1")
public record ScoreSettled(
    RoundId roundId, RegionCode region, String indicator, BigDecimal score, String reason)
    implements EvaluationEvent {}
