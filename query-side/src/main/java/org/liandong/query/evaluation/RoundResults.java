package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liandong.model.campaign.Figure;
import org.liandong.model.evaluation.AppealDecision;
import org.liandong.model.evaluation.ComputedScore;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.Ranking;
import org.liandong.model.evaluation.Section;
import org.liandong.query.evaluation.RoundState.Appeal;
import org.liandong.query.evaluation.RoundState.EvaluatorScore;
import org.liandong.query.evaluation.RoundState.Settlement;
import org.liandong.query.evaluation.RoundView.IndicatorResult;
import org.liandong.query.evaluation.RoundView.RegionResult;
import org.liandong.query.evaluation.RoundView.SectionResult;
import org.liandong.query.projection.Names;

/**
 * A round's results, worked out from its inputs: a computed indicator from its figure as of the
 * cut-off by its rule, an assessed one from the lead evaluator's settlement or else the mean of the
 * evaluators' scores; a section less its deductions (never below zero); a region's total, its grade
 * and its rank (equal totals share one). An amended appeal changes the current score and total; the
 * published ones stay beside them.
 */
final class RoundResults {

  private RoundResults() {}

  /**
   * @param figures each figure the scheme reads, per region code, as of the cut-off (money in yuan)
   */
  static List<RegionResult> of(RoundState round, Map<Figure, Map<String, BigDecimal>> figures) {
    Map<String, List<SectionResult>> byRegion = new LinkedHashMap<>();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    Map<String, BigDecimal> published = new LinkedHashMap<>();
    for (String region : round.regionsEvaluated()) {
      List<SectionResult> sections = new ArrayList<>();
      for (Section section : round.scheme.sections()) {
        sections.add(section(round, region, section, figures));
      }
      byRegion.put(region, sections);
      totals.put(region, sum(sections.stream().map(SectionResult::score).toList()));
      published.put(region, sum(sections.stream().map(SectionResult::publishedScore).toList()));
    }
    Map<String, Integer> ranks = Ranking.of(totals);
    List<RegionResult> results = new ArrayList<>();
    ranks.forEach(
        (region, rank) ->
            results.add(
                new RegionResult(
                    Names.region(region),
                    rank,
                    totals.get(region),
                    published.get(region),
                    round.scheme.grade(totals.get(region)),
                    round.selfAssessments.get(region),
                    byRegion.get(region))));
    results.sort(Comparator.comparingInt(RegionResult::rank));
    return results;
  }

  private static SectionResult section(
      RoundState round,
      String region,
      Section section,
      Map<Figure, Map<String, BigDecimal>> figures) {
    List<IndicatorResult> indicators = new ArrayList<>();
    for (Indicator indicator : section.indicators()) {
      indicators.add(
          indicator.kind() == IndicatorKind.COMPUTED
              ? computed(indicator, region, figures.get(indicator.figure()))
              : assessed(round, region, indicator));
    }
    BigDecimal deducted =
        round.deducted.getOrDefault(RoundState.key(region, section.code()), BigDecimal.ZERO);
    return new SectionResult(
        section.code(),
        section.title(),
        section.points(),
        deducted,
        net(indicators.stream().map(IndicatorResult::score).toList(), deducted),
        net(indicators.stream().map(IndicatorResult::publishedScore).toList(), deducted),
        indicators);
  }

  private static IndicatorResult computed(
      Indicator indicator, String region, Map<String, BigDecimal> figures) {
    BigDecimal score = ComputedScore.of(indicator, region, figures);
    return new IndicatorResult(
        indicator.code(),
        indicator.title(),
        indicator.kind().name(),
        indicator.points(),
        figures.get(region),
        score,
        score,
        false,
        null,
        List.of(),
        null);
  }

  private static IndicatorResult assessed(RoundState round, String region, Indicator indicator) {
    String key = RoundState.key(region, indicator.code());
    Collection<EvaluatorScore> given = round.scores.getOrDefault(key, Map.of()).values();
    Settlement settlement = round.settled.get(key);
    BigDecimal published = settlement != null ? settlement.score() : mean(given);
    Appeal appeal = round.appeals.get(key);
    BigDecimal current =
        appeal != null && appeal.decision() == AppealDecision.AMENDED ? appeal.score() : published;
    return new IndicatorResult(
        indicator.code(),
        indicator.title(),
        indicator.kind().name(),
        indicator.points(),
        null,
        current,
        published,
        flagged(given, round.scheme.flagThreshold()),
        settlement,
        List.copyOf(given),
        appeal);
  }

  private static boolean flagged(Collection<EvaluatorScore> given, BigDecimal threshold) {
    BigDecimal highest =
        given.stream().map(EvaluatorScore::score).reduce(BigDecimal::max).orElse(null);
    BigDecimal lowest =
        given.stream().map(EvaluatorScore::score).reduce(BigDecimal::min).orElse(null);
    return highest != null && highest.subtract(lowest).compareTo(threshold) > 0;
  }

  private static BigDecimal mean(Collection<EvaluatorScore> given) {
    if (given.isEmpty()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return sum(given.stream().map(EvaluatorScore::score).toList())
        .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal net(List<BigDecimal> scores, BigDecimal deducted) {
    return sum(scores).subtract(deducted).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }
}
