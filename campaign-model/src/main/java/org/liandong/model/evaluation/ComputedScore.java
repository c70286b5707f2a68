package org.liandong.model.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
    if (indicator.rule() == ScoringRule.BANDED) {
      return banded(indicator.bands(), figure);
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

  /** The points of the highest band the figure reaches; none below the lowest. */
  private static BigDecimal banded(List<Band> bands, BigDecimal figure) {
    BigDecimal points = BigDecimal.ZERO;
    for (Band band : bands) {
      if (figure.compareTo(band.from()) >= 0) {
        points = band.points();
      }
    }
    return points.setScale(2, RoundingMode.HALF_UP);
  }
}
