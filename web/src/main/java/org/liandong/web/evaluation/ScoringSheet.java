package org.liandong.web.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.liandong.web.api.EvaluatorWorklist.Item;

/**
 * An evaluator's scoring sheet of one region: a score and a justification per assessed indicator,
 * as inputs named {@code score-<code>} and {@code justification-<code>}.
 *
 * @param items the region's indicators from the evaluator's worklist
 */
record ScoringSheet(String region, List<Item> items) {

  static ScoringSheet of(List<Item> worklist, String region) {
    return new ScoringSheet(
        region, worklist.stream().filter(item -> item.region().equals(region)).toList());
  }

  static String scoreInput(String indicator) {
    return "score-" + indicator;
  }

  static String justificationInput(String indicator) {
    return "justification-" + indicator;
  }

  /** The body of an indicator's score, from the form's two inputs. */
  static Map<String, Object> body(Map<String, String> form, String indicator) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("score", form.get(scoreInput(indicator)));
    fields.put("justification", form.get(justificationInput(indicator)));
    return ApiBody.from(fields).number("score").text("justification").build();
  }

  /**
   * Whether the form gives the indicator something to send: not left blank, and not what the
   * evaluator already recorded (which would record the same score again).
   */
  static boolean changes(Map<String, String> form, Item item) {
    String score = form.getOrDefault(scoreInput(item.indicator()), "").strip();
    String why = form.getOrDefault(justificationInput(item.indicator()), "").strip();
    if (score.isEmpty() && why.isEmpty()) {
      return false;
    }
    boolean sameScore =
        item.score() != null
            && ApiBody.parsed(score) instanceof BigDecimal typed
            && typed.compareTo(item.score()) == 0;
    return !(sameScore && Objects.equals(why, item.justification()));
  }
}
