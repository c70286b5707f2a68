package org.liandong.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.liandong.model.campaign.Figure;
import org.liandong.query.figures.TotalsView;

/**
 * A national figure set against the year before, as the press briefings give it ("a year-on-year
 * increase of 11.7 %"): the change in per cent, to one decimal. Only where the year before has the
 * figure: a change from nothing is no percentage.
 *
 * @param figure the figure's field name
 */
public record YearOnYear(String figure, Number previous, Number current, BigDecimal changePercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Each figure both years have, in the order of {@link Figure}. */
  static List<YearOnYear> of(TotalsView current, TotalsView previous) {
    List<YearOnYear> changes = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      BigDecimal before = previous.amount(figure);
      if (before.signum() > 0) {
        BigDecimal now = current.amount(figure);
        BigDecimal change =
            now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
        changes.add(
            new YearOnYear(figure.field(), previous.value(figure), current.value(figure), change));
      }
    }
    return changes;
  }
}
