package org.liandong.web.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.liandong.web.api.EvaluationRound;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A round's ranking as the bars the page's chart script draws (the dashboards' script): a bar per
 * region in rank order, its total, opening the region's scorecard.
 */
final class RankingChart {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One bar: the region's name, its total and its scorecard. */
  record Bar(String label, BigDecimal value, String link) {}

  /** The chart: the figure it draws, in bars. */
  record Chart(String figure, List<Bar> bars) {}

  private RankingChart() {}

  static String of(EvaluationRound round, Locale locale) {
    List<Bar> bars =
        round.ranking().stream()
            .map(
                result ->
                    new Bar(
                        result.region().label(locale),
                        result.total(),
                        scorecard(round.roundId(), result.region().code())))
            .toList();
    try {
      return JSON.writeValueAsString(new Chart("total", bars));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String scorecard(String roundId, String region) {
    return UriComponentsBuilder.fromPath("/evaluations/{id}/regions/{region}")
        .buildAndExpand(roundId, region)
        .toUriString();
  }
}
