package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/**
 * The lead evaluator deducted points from a region's section, with a reason (a major incident, a
 * case returned for defects, an overdue task).
 */
@EventRevision("1")
public record DeductionMade(
    RoundId roundId,
    String deductionId,
    RegionCode region,
    String section,
    BigDecimal points,
    String reason)
    implements EvaluationEvent {}
