package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/**
 * An evaluator scored an assessed indicator of a region, with a justification; a later score of the
 * same evaluator replaces theirs.
 */
@EventRevision("1")
public record IndicatorScored(
    RoundId roundId,
    RegionCode region,
    String indicator,
    String evaluator,
    BigDecimal score,
    String justification)
    implements EvaluationEvent {}
