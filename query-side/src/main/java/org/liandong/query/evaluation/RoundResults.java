package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.liandong.query.figures.Names;

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
   * @param inputs what the scheme's computed indicators read, as recorded by the cut-off
   * @param late the ids of each region's reports recorded after the cut-off
   */
  static List<RegionResult> of(
      RoundState round, RoundInputs inputs, Map<String, List<String>> late) {
    Map<String, List<SectionResult>> byRegion = new LinkedHashMap<>();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    Map<String, BigDecimal> published = new LinkedHashMap<>();
    for (String region : round.regionsEvaluated()) {
      List<SectionResult> sections = new ArrayList<>();
      for (Section section : round.scheme.sections()) {
        sections.add(section(round, region, section, inputs));
      }
      byRegion.put(region, sections);
      totals.put(region, sum(sections.stream().map(SectionResult::score).toList()));
      published.put(region, sum(sections.stream().map(SectionResult::publishedScore).toList()));
    }
    compare(byRegion);
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
                    late.getOrDefault(region, List.of()),
                    byRegion.get(region))));
    results.sort(Comparator.comparingInt(RegionResult::rank));
    return results;
  }

  /** Sets each indicator's median and best over every region evaluated. */
  private static void compare(Map<String, List<SectionResult>> byRegion) {
    Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
    byRegion.values().stream()
        .flatMap(List::stream)
        .flatMap(section -> section.indicators().stream())
        .forEach(
            indicator ->
                scores
                    .computeIfAbsent(indicator.code(), code -> new ArrayList<>())
                    .add(indicator.score()));
    byRegion.replaceAll(
        (region, sections) ->
            sections.stream()
                .map(
                    section ->
                        section.withIndicators(
                            section.indicators().stream()
                                .map(
                                    indicator ->
                                        indicator.compared(
                                            median(scores.get(indicator.code())),
                                            scores.get(indicator.code()).stream()
                                                .reduce(BigDecimal::max)
                                                .orElseThrow()))
                                .toList()))
                .toList());
  }

  private static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted
            .get(middle - 1)
            .add(sorted.get(middle))
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
  }

  /** How far the round has come, from its history. */
  static RoundView.Progress progress(RoundState round) {
    int regions = round.regionsEvaluated().size();
    int scoredTwice = 0;
    int flagged = 0;
    for (String region : round.regionsEvaluated()) {
      for (Indicator indicator : round.scheme.assessed()) {
        Collection<EvaluatorScore> given =
            round.scores.getOrDefault(RoundState.key(region, indicator.code()), Map.of()).values();
        scoredTwice += given.size() >= 2 ? 1 : 0;
        flagged += round.scheme.flags(scoresOf(given)) ? 1 : 0;
      }
    }
    return new RoundView.Progress(
        regions,
        regions * round.scheme.assessed().size(),
        scoredTwice,
        flagged,
        round.settled.size(),
        round.selfAssessments.size(),
        round.appeals.size(),
        (int) round.appeals.values().stream().filter(appeal -> appeal.decision() != null).count());
  }

  private static SectionResult section(
      RoundState round, String region, Section section, RoundInputs inputs) {
    List<IndicatorResult> indicators = new ArrayList<>();
    for (Indicator indicator : section.indicators()) {
      indicators.add(
          indicator.kind() == IndicatorKind.COMPUTED
              ? computed(round, indicator, region, inputs)
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
      RoundState round, Indicator indicator, String region, RoundInputs inputs) {
    BigDecimal score = ComputedScore.of(indicator, region, inputs.scored(indicator.code()));
    return new IndicatorResult(
        indicator.code(),
        indicator.title(),
        indicator.kind().name(),
        indicator.points(),
        inputs.figure(indicator.code(), region),
        indicator.per() == null ? null : inputs.scored(indicator.code()).get(region),
        "/evaluations/%s/regions/%s/indicators/%s/sources"
            .formatted(round.roundId, region, indicator.code()),
        score,
        score,
        null,
        null,
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
        null,
        null,
        current,
        published,
        null,
        null,
        round.scheme.flags(scoresOf(given)),
        settlement,
        List.copyOf(given),
        appeal);
  }

  private static List<BigDecimal> scoresOf(Collection<EvaluatorScore> given) {
    return given.stream().map(EvaluatorScore::score).toList();
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
