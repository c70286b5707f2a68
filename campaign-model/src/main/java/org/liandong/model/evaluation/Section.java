package org.liandong.model.evaluation;

import java.util.List;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/**
 * A section of the scheme: its points (the sections add up to 100), its indicators (which add up to
 * the section's points), and the most that deductions may take from it.
 */
public record Section(
    String code, String title, int points, int maxDeduction, List<Indicator> indicators) {

  public Section {
    code = SchemeCodes.code(code, "code");
    title = Require.text(title, "title", 200);
    indicators = List.copyOf(Require.notEmpty(indicators, "indicators"));
    if (points <= 0) {
      throw new InvalidValueException("points", "must be positive");
    }
    if (maxDeduction < 0 || maxDeduction > points) {
      throw new InvalidValueException("maxDeduction", "must be from 0 to the section's points");
    }
    int sum = indicators.stream().mapToInt(Indicator::points).sum();
    if (sum != points) {
      throw new InvalidValueException(
          "indicators", "the indicators add up to " + sum + " points, not the section's " + points);
    }
  }
}
