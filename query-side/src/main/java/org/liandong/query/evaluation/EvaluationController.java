package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liandong.access.ScopeRule;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.query.api.NotFoundException;
import org.liandong.query.reports.ReportLedger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  EvaluationController(EvaluationRounds rounds, ReportLedger ledger) {
    this.rounds = rounds;
    this.ledger = ledger;
  }

  @GetMapping("/evaluations/{roundId}")
  RoundView round(@PathVariable String roundId, Actor reader) {
    RoundState round =
        RoundState.of(
            rounds.history(roundId).orElseThrow(() -> NotFoundException.of("roundId", roundId)));
    RegionCode limited = ScopeRule.readsEvaluationOf(reader, round.phase == RoundPhase.PUBLISHED);
    List<RoundView.RegionResult> ranking =
        RoundResults.of(round, figures(round)).stream()
            .filter(result -> limited == null || result.region().code().equals(limited.value()))
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
        ranking);
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
