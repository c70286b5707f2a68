package org.liandong.model.evaluation;

import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.campaign.Figure;

/**
 * One indicator of a section: its code (unique in the scheme), title, kind and the points it is
 * worth. A computed indicator names the figure it reads and its rule (and, for {@link
 * ScoringRule#LINEAR_TO_TARGET}, the target that earns full points); an assessed one names neither.
 */
public record Indicator(
    String code,
    String title,
    IndicatorKind kind,
    int points,
    Figure figure,
    ScoringRule rule,
    Long target) {

  public Indicator {
    code = SchemeCodes.code(code, "code");
    title = Require.text(title, "title", 200);
    Require.present(kind, "kind");
    if (kind == IndicatorKind.COMPUTED) {
      Require.present(figure, "figure");
      Require.present(rule, "rule");
      if (rule == ScoringRule.LINEAR_TO_TARGET && (target == null || target <= 0)) {
        throw new InvalidValueException("target", "a linear rule needs a positive target");
      }
    } else if (figure != null || rule != null || target != null) {
      throw new InvalidValueException(
          "figure", "an assessed indicator reads no figure, rule or target");
    }
  }
}
