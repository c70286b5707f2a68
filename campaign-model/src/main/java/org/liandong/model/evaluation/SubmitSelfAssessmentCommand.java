package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** A provincial office submits its region's self-assessment. */
public record SubmitSelfAssessmentCommand(
    @TargetId RoundId roundId, RegionCode region, String text) {

  public SubmitSelfAssessmentCommand {
    Require.present(roundId, "roundId");
    Require.present(region, "region");
    text = Require.text(text, "text", 10000);
  }
}
