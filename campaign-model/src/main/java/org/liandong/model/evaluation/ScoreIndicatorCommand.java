package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** An evaluator scores an assessed indicator of a region assigned to them. */
public record ScoreIndicatorCommand(
    @TargetId RoundId roundId,
    RegionCode region,
    String indicator,
    BigDecimal score,
    String justification) {

  public ScoreIndicatorCommand {
    RegionIndicator.checkScore(roundId, region, indicator, score);
    justification = Require.text(justification, "justification", 2000);
  }
}
