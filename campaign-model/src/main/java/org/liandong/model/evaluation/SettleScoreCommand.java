package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** The lead evaluator settles a region's score of an assessed indicator. */
public record SettleScoreCommand(
    @TargetId RoundId roundId,
    RegionCode region,
    String indicator,
    BigDecimal score,
    String reason) {

  public SettleScoreCommand {
    RegionIndicator.checkScore(roundId, region, indicator, score);
    reason = Require.text(reason, "reason", 2000);
  }
}
