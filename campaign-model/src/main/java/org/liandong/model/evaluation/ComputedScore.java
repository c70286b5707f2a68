package org.liandong.model.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The points a computed indicator gives a region for its figure, by the indicator's rule, to two
 * decimals: the one place where a figure becomes points.
 */
public final class ComputedScore {

  private ComputedScore() {}

  /**
   * @param figures the figure of every region evaluated, the region's own among them
   */
  public static <K> BigDecimal of(Indicator indicator, K region, Map<K, BigDecimal> figures) {
    BigDecimal points = BigDecimal.valueOf(indicator.points());
    BigDecimal figure = figures.get(region);
    if (indicator.rule() == ScoringRule.LINEAR_TO_TARGET) {
      BigDecimal share =
          figure.divide(BigDecimal.valueOf(indicator.target()), 6, RoundingMode.HALF_UP);
      return points.multiply(share.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
    }
    int regions = figures.size();
    if (regions == 1) {
      return points.setScale(2, RoundingMode.HALF_UP);
    }
    int rank = Ranking.of(figures).get(region);
    return points
        .multiply(BigDecimal.valueOf(regions - rank))
        .divide(BigDecimal.valueOf(regions - 1), 2, RoundingMode.HALF_UP);
  }
}
