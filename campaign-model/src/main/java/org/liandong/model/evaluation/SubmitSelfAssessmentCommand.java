package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.TargetId;

/** A provincial office submits its region's self-assessment. */
public record SubmitSelfAssessmentCommand(
    @TargetId RoundId roundId, RegionCode region, String text) {

  public SubmitSelfAssessmentCommand {
    Require.present(roundId, "roundId");
    Require.present(region, "region");
    text = Require.text(text, "text", 10000);
  }
}
