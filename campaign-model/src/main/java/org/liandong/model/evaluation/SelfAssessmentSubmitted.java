package org.liandong.model.evaluation;

import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;

/** A provincial office submitted its region's self-assessment, with its evidence in the text. */
@EventRevision("1")
public record SelfAssessmentSubmitted(RoundId roundId, RegionCode region, String text)
    implements EvaluationEvent {}
