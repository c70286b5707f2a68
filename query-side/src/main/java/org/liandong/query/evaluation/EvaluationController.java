package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.Scheme;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An evaluation round's standing and results. The office, evaluators and auditors read all of it; a
 * provincial office reads its own region's until the round is published, and the ranking after.
 * Computed indicators read the figures as recorded by the round's cut-off, so a report recorded
 * later never changes a result.
 */
@RestController
class EvaluationController {

  private final EvaluationRounds rounds;
  private final ReportLedger ledger;
  private final Scope scope;

  EvaluationController(EvaluationRounds rounds, ReportLedger ledger, Scope scope) {
    this.rounds = rounds;
    this.ledger = ledger;
    this.scope = scope;
  }

  @GetMapping("/evaluations/{roundId}")
  RoundView round(@PathVariable String roundId, Actor reader) {
    RoundState round =
        RoundState.of(
            rounds.history(roundId).orElseThrow(() -> NotFoundException.of("roundId", roundId)));
    String limited = Scope.evaluationRegion(reader, round.phase == RoundPhase.PUBLISHED);
    List<RoundView.RegionResult> ranking =
        RoundResults.of(round, figures(round), recordedAfter(round)).stream()
            .filter(result -> limited == null || result.region().code().equals(limited))
            .map(result -> limited == null ? result : result.alone())
            .toList();
    return new RoundView(
        round.roundId,
        round.year,
        round.title,
        round.cutOff,
        round.phase.name(),
        round.scheme.version(),
        round.publishedOn,
        round.lead,
        RoundResults.progress(round),
        ranking);
  }

  /**
   * The ranking another scheme would give the same frozen inputs, beside the round's own: assessed
   * indicators keep their scores where the other scheme has the same codes.
   */
  @PostMapping("/evaluations/{roundId}/comparisons")
  Comparison compare(@PathVariable String roundId, @RequestBody Scheme other, Actor reader) {
    RoundState round =
        RoundState.of(
            rounds.history(roundId).orElseThrow(() -> NotFoundException.of("roundId", roundId)));
    scope.requireReadsAll(reader);
    List<RoundView.RegionResult> own = RoundResults.of(round, figures(round), Map.of());
    RoundState alternative = round.under(other);
    return Comparison.of(
        round, other.version(), own, RoundResults.of(alternative, figures(alternative), Map.of()));
  }

  /** The signed-in evaluator's scores to give in the round, given or not. */
  @GetMapping("/evaluations/{roundId}/worklist")
  Worklist worklist(@PathVariable String roundId, Actor reader) {
    scope.requireEvaluator(reader);
    return Worklist.of(
        RoundState.of(
            rounds.history(roundId).orElseThrow(() -> NotFoundException.of("roundId", roundId))),
        reader.user());
  }

  /** The reports of each region evaluated that were recorded after the cut-off, by id. */
  private Map<String, List<String>> recordedAfter(RoundState round) {
    Set<String> counted =
        ledger.allAsRecordedBy(round.cutOff).stream()
            .map(report -> report.campaignId() + "/" + report.reportId())
            .collect(Collectors.toSet());
    Map<String, List<String>> late = new TreeMap<>();
    for (FieldReport report : ledger.allAsRecordedBy(Instant.now())) {
      String region = report.region().value();
      if (round.regionsEvaluated().contains(region)
          && !counted.contains(report.campaignId() + "/" + report.reportId())) {
        late.computeIfAbsent(region, r -> new ArrayList<>())
            .add(report.campaignId() + "/" + report.reportId());
      }
    }
    return late;
  }

  /** Each figure the scheme reads, per region evaluated, as the reports stood at the cut-off. */
  private Map<Figure, Map<String, BigDecimal>> figures(RoundState round) {
    Map<Figure, Map<String, BigDecimal>> figures = new EnumMap<>(Figure.class);
    for (Indicator indicator : computedIndicators(round)) {
      Map<String, BigDecimal> byRegion = new TreeMap<>();
      round.regionsEvaluated().forEach(region -> byRegion.put(region, BigDecimal.ZERO));
      figures.put(indicator.figure(), byRegion);
    }
    for (FieldReport report : ledger.allAsRecordedBy(round.cutOff)) {
      figures.forEach(
          (figure, byRegion) -> {
            Long value = report.figures().get(figure);
            if (value != null && byRegion.containsKey(report.region().value())) {
              byRegion.merge(report.region().value(), amount(figure, value), BigDecimal::add);
            }
          });
    }
    return figures;
  }

  private static List<Indicator> computedIndicators(RoundState round) {
    return round.scheme.sections().stream()
        .flatMap(section -> section.indicators().stream())
        .filter(indicator -> indicator.kind() == IndicatorKind.COMPUTED)
        .toList();
  }

  private static BigDecimal amount(Figure figure, long value) {
    return figure.measure() == Figure.Measure.YUAN
        ? BigDecimal.valueOf(value, 2)
        : BigDecimal.valueOf(value);
  }
}
