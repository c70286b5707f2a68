package org.liandong.model.evaluation;

import java.math.BigDecimal;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/**
 * A band of a {@link ScoringRule#BANDED} indicator: a figure of {@code from} or more earns {@code
 * points}, unless a higher band takes it.
 */
public record Band(BigDecimal from, BigDecimal points) {

  public Band {
    Require.present(from, "from");
    if (from.signum() < 0) {
      throw new InvalidValueException("from", "must not be negative");
    }
    Points.of(points, "points");
  }
}
