package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.RoundId;
import org.liandong.query.evaluation.RoundView.RegionResult;

/**
 * The round's ranking under its own scheme beside the ranking another scheme gives the same frozen
 * inputs (the same scores, deductions and figures as of the cut-off): each region's total and rank
 * under both, and how many places it moves. Nothing is stored; the round is untouched.
 */
record Comparison(RoundId roundId, int schemeVersion, int otherVersion, List<Row> regions) {

  /** A region under both schemes; {@code moved} is positive when it climbs under the other. */
  record Row(
      RegionCode region,
      BigDecimal total,
      int rank,
      BigDecimal otherTotal,
      int otherRank,
      int moved) {}

  static Comparison of(
      RoundState round, int otherVersion, List<RegionResult> own, List<RegionResult> other) {
    Map<String, RegionResult> byRegion =
        other.stream().collect(Collectors.toMap(r -> r.region().code(), Function.identity()));
    List<Row> rows =
        own.stream()
            .map(
                result -> {
                  RegionResult alternative = byRegion.get(result.region().code());
                  return new Row(
                      new RegionCode(result.region().code()),
                      result.total(),
                      result.rank(),
                      alternative.total(),
                      alternative.rank(),
                      result.rank() - alternative.rank());
                })
            .toList();
    return new Comparison(round.roundId, round.scheme.version(), otherVersion, rows);
  }
}
