package org.liandong.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.Figure;

@DisplayName("Evaluation scheme: weights, rules, grades, ranks")
class SchemeTest {

  private static Indicator assessed(String code, int points) {
    return new Indicator(
        code, "Assessed " + code, IndicatorKind.ASSESSED, points, null, null, null);
  }

  private static Indicator linear(String code, int points, long target) {
    return new Indicator(
        code,
        "Computed " + code,
        IndicatorKind.COMPUTED,
        points,
        Figure.CASES_FILED,
        ScoringRule.LINEAR_TO_TARGET,
        target);
  }

  private static Scheme scheme(List<Section> sections, List<GradeBand> grades) {
    return new Scheme(1, sections, BigDecimal.ONE, grades, 15);
  }

  private static final List<GradeBand> GRADES =
      List.of(new GradeBand("pass", 60), new GradeBand("fail", 0));

  @Test
  @DisplayName("sections add up to 100 points, and each section's indicators to its points")
  void weights() {
    assertThatThrownBy(
            () ->
                scheme(List.of(new Section("A", "A", 90, 0, List.of(assessed("A1", 90)))), GRADES))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("100");
    assertThatThrownBy(() -> new Section("A", "A", 100, 0, List.of(assessed("A1", 60))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("indicators");
    Scheme scheme =
        scheme(
            List.of(
                new Section("A", "A", 100, 5, List.of(assessed("A1", 40), linear("A2", 60, 10)))),
            GRADES);
    assertThat(scheme.assessed()).extracting(Indicator::code).containsExactly("A1");
  }

  @Test
  @DisplayName("codes are unique, computed indicators name their figure and rule")
  void wellFormed() {
    assertThatThrownBy(
            () ->
                scheme(
                    List.of(
                        new Section("A", "A", 50, 0, List.of(assessed("X", 50))),
                        new Section("B", "B", 50, 0, List.of(assessed("X", 50)))),
                    GRADES))
        .hasMessageContaining("X");
    assertThatThrownBy(
            () ->
                new Indicator(
                    "A1", "t", IndicatorKind.COMPUTED, 10, Figure.CASES_FILED, null, null))
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("rule");
    assertThatThrownBy(() -> linear("A1", 10, 0))
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("target");
  }

  @Test
  @DisplayName("grades start at 0 and each at a total of its own; a total gets the highest reached")
  void grades() {
    List<Section> sections = List.of(new Section("A", "A", 100, 0, List.of(assessed("A1", 100))));
    assertThatThrownBy(() -> scheme(sections, List.of(new GradeBand("pass", 60))))
        .hasMessageContaining("lowest grade");
    Scheme scheme =
        scheme(
            sections,
            List.of(
                new GradeBand("fail", 0),
                new GradeBand("excellent", 90),
                new GradeBand("pass", 60)));
    assertThat(scheme.grade(new BigDecimal("90"))).isEqualTo("excellent");
    assertThat(scheme.grade(new BigDecimal("89.99"))).isEqualTo("pass");
    assertThat(scheme.grade(BigDecimal.ZERO)).isEqualTo("fail");
  }

  @Test
  @DisplayName("equal totals share a rank, and the next rank skips the places they share")
  void ties() {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    totals.put("13", new BigDecimal("81.5"));
    totals.put("33", new BigDecimal("90"));
    totals.put("44", new BigDecimal("81.50"));
    totals.put("11", new BigDecimal("70"));
    assertThat(Ranking.of(totals))
        .containsExactly(
            Map.entry("33", 1), Map.entry("13", 2), Map.entry("44", 2), Map.entry("11", 4));
  }

  @Test
  @DisplayName("a computed indicator: linear up to its target, or by rank among the regions")
  void computed() {
    Indicator linear = linear("A1", 30, 100);
    assertThat(ComputedScore.of(linear, "13", Map.of("13", new BigDecimal("40"))))
        .isEqualByComparingTo("12.00");
    assertThat(ComputedScore.of(linear, "13", Map.of("13", new BigDecimal("250"))))
        .isEqualByComparingTo("30.00");
    Indicator ranked =
        new Indicator(
            "A2",
            "t",
            IndicatorKind.COMPUTED,
            30,
            Figure.SUSPECTS_ARRESTED,
            ScoringRule.RANK_AMONG_REGIONS,
            null);
    Map<String, BigDecimal> figures =
        Map.of("13", new BigDecimal("36"), "33", new BigDecimal("12"), "44", new BigDecimal("36"));
    assertThat(ComputedScore.of(ranked, "13", figures)).isEqualByComparingTo("30.00");
    assertThat(ComputedScore.of(ranked, "44", figures)).isEqualByComparingTo("30.00");
    assertThat(ComputedScore.of(ranked, "33", figures)).isEqualByComparingTo("0.00");
  }
}
