package org.liandong.web.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The signed-in evaluator's work in a round, {@code GET /evaluations/{id}/worklist}: each assessed
 * indicator of each region assigned to them, with their own score (null until given).
 */
public record EvaluatorWorklist(String roundId, String evaluator, String phase, List<Item> items) {

  public record Item(
      String region,
      String indicator,
      String title,
      int points,
      BigDecimal score,
      String justification,
      int scores,
      boolean flagged) {}
}
