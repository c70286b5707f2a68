package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/**
 * The lead evaluator decided an appeal: upheld, or amended to a new score (then {@code score} is
 * set), with a reason.
 */
@EventRevision("1")
public record AppealDecided(
    RoundId roundId,
    RegionCode region,
    String indicator,
    AppealDecision decision,
    BigDecimal score,
    String reason)
    implements EvaluationEvent {}
