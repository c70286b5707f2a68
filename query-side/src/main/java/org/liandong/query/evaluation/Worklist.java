package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.RoundId;
import org.liandong.query.evaluation.RoundState.EvaluatorScore;

/**
 * An evaluator's worklist: each assessed indicator of each region assigned to them, with their own
 * score (null until given), how many scores it has in all, and whether they are too far apart.
 */
record Worklist(RoundId roundId, String evaluator, String phase, List<Item> items) {

  record Item(
      RegionCode region,
      String indicator,
      String title,
      int points,
      BigDecimal score,
      String justification,
      int scores,
      boolean flagged) {}

  static Worklist of(RoundState round, String evaluator) {
    List<Item> items = new ArrayList<>();
    for (RegionCode region : round.evaluators.getOrDefault(evaluator, Set.of())) {
      for (Indicator indicator : round.scheme.assessed()) {
        Map<String, EvaluatorScore> given =
            round.scores.getOrDefault(RoundState.key(region.value(), indicator.code()), Map.of());
        EvaluatorScore own = given.get(evaluator);
        items.add(
            new Item(
                region,
                indicator.code(),
                indicator.title(),
                indicator.points(),
                own == null ? null : own.score(),
                own == null ? null : own.justification(),
                given.size(),
                round.scheme.flags(given.values().stream().map(EvaluatorScore::score).toList())));
      }
    }
    return new Worklist(round.roundId, evaluator, round.phase.name(), items);
  }
}
