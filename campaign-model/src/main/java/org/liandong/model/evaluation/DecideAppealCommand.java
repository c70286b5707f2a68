package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** The lead evaluator decides an appeal: upheld, or amended to a new score. */
public record DecideAppealCommand(
    @TargetId RoundId roundId,
    RegionCode region,
    String indicator,
    AppealDecision decision,
    BigDecimal score,
    String reason) {

  public DecideAppealCommand {
    RegionIndicator.check(roundId, region, indicator);
    Require.present(decision, "decision");
    if (decision == AppealDecision.AMENDED) {
      Points.of(score, "score");
    } else if (score != null) {
      throw new InvalidValueException("score", "an upheld appeal keeps the published score");
    }
    reason = Require.text(reason, "reason", 2000);
  }
}
