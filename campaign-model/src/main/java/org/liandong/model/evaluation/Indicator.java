package org.liandong.model.evaluation;

import java.util.List;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.campaign.Figure;

/**
 * One indicator of a section: its code (unique in the scheme), title, kind and the points it is
 * worth. A computed indicator reads one source, a {@code figure} of the reports or a {@code tally}
 * of the tasks and case files, and names its rule: {@link ScoringRule#LINEAR_TO_TARGET} with the
 * {@code target} that earns full points, {@link ScoringRule#BANDED} with its {@code bands}; it may
 * set the figure against the region's size ({@code per}). An assessed one names none of these.
 */
public record Indicator(
    String code,
    String title,
    IndicatorKind kind,
    int points,
    Figure figure,
    ScoringRule rule,
    Long target,
    List<Band> bands,
    Normalisation per,
    Tally tally) {

  public Indicator {
    code = SchemeCodes.code(code, "code");
    title = Require.text(title, "title", 200);
    Require.present(kind, "kind");
    bands = bands == null ? List.of() : List.copyOf(Require.noNulls(bands, "bands"));
    if (kind == IndicatorKind.COMPUTED) {
      ComputedRules.check(points, figure, tally, rule, target, bands);
    } else if (figure != null
        || tally != null
        || rule != null
        || target != null
        || !bands.isEmpty()
        || per != null) {
      throw new InvalidValueException(
          "figure", "an assessed indicator reads no figure or tally and has no rule");
    }
  }

  /** An indicator reading a figure of the reports, as they stand, with no bands. */
  public Indicator(
      String code,
      String title,
      IndicatorKind kind,
      int points,
      Figure figure,
      ScoringRule rule,
      Long target) {
    this(code, title, kind, points, figure, rule, target, null, null, null);
  }
}
