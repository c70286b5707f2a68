package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/** Points given or taken: from 0 to 100, in steps of at most a hundredth. */
final class Points {

  private static final BigDecimal MAX = BigDecimal.valueOf(100);

  private Points() {}

  static BigDecimal of(BigDecimal points, String field) {
    Require.present(points, field);
    if (points.signum() < 0 || points.compareTo(MAX) > 0) {
      throw new InvalidValueException(field, "must be from 0 to 100 points");
    }
    if (points.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException(field, "must have at most two decimals");
    }
    return points;
  }
}
