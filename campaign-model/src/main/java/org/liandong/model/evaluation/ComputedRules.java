package org.liandong.model.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.campaign.Figure;

/**
 * The well-formedness of a computed indicator, checked as the scheme is built, so that a draft or a
 * revision with a rule that cannot score is refused naming the field.
 */
final class ComputedRules {

  private ComputedRules() {}

  static void check(
      int points, Figure figure, Tally tally, ScoringRule rule, Long target, List<Band> bands) {
    if ((figure == null) == (tally == null)) {
      throw new InvalidValueException(
          "figure", "a computed indicator reads one source: a figure or a tally");
    }
    Require.present(rule, "rule");
    if (rule == ScoringRule.LINEAR_TO_TARGET && (target == null || target <= 0)) {
      throw new InvalidValueException("target", "a linear rule needs a positive target");
    }
    if (rule == ScoringRule.BANDED) {
      bands(points, bands);
    } else if (!bands.isEmpty()) {
      throw new InvalidValueException("bands", "only a banded rule has bands");
    }
  }

  /** Thresholds rising, points never falling, none above the indicator's. */
  private static void bands(int points, List<Band> bands) {
    if (bands.isEmpty()) {
      throw new InvalidValueException("bands", "a banded rule needs one band at least");
    }
    Band previous = null;
    for (Band band : bands) {
      if (band.points().compareTo(BigDecimal.valueOf(points)) > 0) {
        throw new InvalidValueException(
            "bands", "a band gives " + band.points() + " points, more than the indicator's");
      }
      if (previous != null && band.from().compareTo(previous.from()) <= 0) {
        throw new InvalidValueException("bands", "the thresholds must rise from band to band");
      }
      if (previous != null && band.points().compareTo(previous.points()) < 0) {
        throw new InvalidValueException("bands", "a higher threshold must not give fewer points");
      }
      previous = band;
    }
  }
}
