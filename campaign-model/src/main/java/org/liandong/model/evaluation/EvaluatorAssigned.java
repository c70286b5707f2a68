package org.liandong.model.evaluation;

import java.util.Set;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/**
 * The office assigned an evaluator (a user) the regions they score; {@code homeRegion}, when the
 * evaluator belongs to one, is a region they may never score.
 */
@EventRevision("1")
public record EvaluatorAssigned(
    RoundId roundId, String evaluator, RegionCode homeRegion, Set<RegionCode> regions)
    implements EvaluationEvent {}
