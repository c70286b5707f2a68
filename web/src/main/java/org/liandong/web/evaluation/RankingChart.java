package org.liandong.web.evaluation;

import java.util.List;
import java.util.Locale;
import org.liandong.web.api.EvaluationRound;
import org.liandong.web.layout.Chart;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A round's ranking as the bars the page's chart script draws (the dashboards' script): a bar per
 * region in rank order, its total, opening the region's scorecard.
 */
final class RankingChart {

  private RankingChart() {}

  static String of(EvaluationRound round, Locale locale) {
    List<Chart.Bar> bars =
        round.ranking().stream()
            .map(
                result ->
                    new Chart.Bar(
                        result.region().label(locale),
                        result.total(),
                        scorecard(round.roundId(), result.region().code())))
            .toList();
    return Chart.bars("total", bars).json();
  }

  static String scorecard(String roundId, String region) {
    return UriComponentsBuilder.fromPath("/evaluations/{id}/regions/{region}")
        .buildAndExpand(roundId, region)
        .toUriString();
  }
}
