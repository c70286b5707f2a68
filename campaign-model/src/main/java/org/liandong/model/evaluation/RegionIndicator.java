package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;

/**
 * What every command about one region's indicator in a round checks (a score, a settled score, an
 * appeal and its decision), so that they refuse the same input with the same field names; and those
 * that give it points (a score, a settled score), the points.
 */
final class RegionIndicator {

  private RegionIndicator() {}

  static void check(RoundId roundId, RegionCode region, String indicator) {
    Require.present(roundId, "roundId");
    Require.present(region, "region");
    SchemeCodes.code(indicator, "indicator");
  }

  static void checkScore(RoundId roundId, RegionCode region, String indicator, BigDecimal score) {
    check(roundId, region, indicator);
    Points.of(score, "score");
  }
}
