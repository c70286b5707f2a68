package org.liandong.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.web.api.EvaluatorWorklist.Item;

@DisplayName("A scoring sheet")
class ScoringSheetTest {

  private static final Item SCORED =
      new Item("13", "B1", "Leadership", 20, new BigDecimal("18"), "seen", 2, false);
  private static final Item OPEN = new Item("13", "B2", "Training", 20, null, null, 0, false);

  @Test
  @DisplayName("holds the region's indicators of the worklist")
  void region() {
    Item elsewhere = new Item("33", "B1", "Leadership", 20, null, null, 0, false);
    assertThat(ScoringSheet.of(List.of(SCORED, elsewhere, OPEN), "13").items())
        .containsExactly(SCORED, OPEN);
  }

  @Test
  @DisplayName("sends a number as a number, other text as typed, and no CSRF token")
  void body() {
    Map<String, String> form =
        Map.of("score-B1", " 17.5 ", "justification-B1", "why", "_csrf", "token");
    assertThat(ScoringSheet.body(form, "B1"))
        .containsExactly(
            Map.entry("score", new BigDecimal("17.5")), Map.entry("justification", "why"));
    assertThat(ScoringSheet.body(Map.of("score-B1", "ten"), "B1"))
        .containsExactly(Map.entry("score", "ten"));
  }

  @Test
  @DisplayName("sends only what was changed, never a blank indicator or a score already given")
  void changes() {
    assertThat(ScoringSheet.changes(Map.of(), OPEN)).isFalse();
    assertThat(ScoringSheet.changes(Map.of("score-B2", "3"), OPEN)).isTrue();
    assertThat(ScoringSheet.changes(Map.of("score-B1", "18.0", "justification-B1", "seen"), SCORED))
        .isFalse();
    assertThat(ScoringSheet.changes(Map.of("score-B1", "17", "justification-B1", "seen"), SCORED))
        .isTrue();
    assertThat(ScoringSheet.changes(Map.of("score-B1", "18", "justification-B1", "new"), SCORED))
        .isTrue();
  }
}
