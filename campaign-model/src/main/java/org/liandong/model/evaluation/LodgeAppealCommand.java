package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** A provincial office appeals its region's score of an indicator. */
public record LodgeAppealCommand(
    @TargetId RoundId roundId, RegionCode region, String indicator, String reason) {

  public LodgeAppealCommand {
    RegionIndicator.check(roundId, region, indicator);
    reason = Require.text(reason, "reason", 2000);
  }
}
