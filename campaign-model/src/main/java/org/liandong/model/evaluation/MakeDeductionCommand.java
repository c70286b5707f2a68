package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** The lead evaluator deducts points from a region's section. */
public record MakeDeductionCommand(
    @TargetId RoundId roundId,
    String deductionId,
    RegionCode region,
    String section,
    BigDecimal points,
    String reason) {

  public MakeDeductionCommand {
    Require.present(roundId, "roundId");
    deductionId = SchemeCodes.clientId(deductionId, "deductionId");
    Require.present(region, "region");
    SchemeCodes.code(section, "section");
    Points.of(points, "points");
    reason = Require.text(reason, "reason", 2000);
  }
}
