package org.liandong.model.evaluation;

import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/** A provincial office appealed its region's score of an indicator, with a reason. */
@EventRevision("1")
public record AppealLodged(RoundId roundId, RegionCode region, String indicator, String reason)
    implements EvaluationEvent {}
