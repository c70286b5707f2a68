package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.liandong.model.InvalidValueException;
import org.liandong.model.access.Actor;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.RoundId;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.Scheme;
import org.liandong.query.export.Columns;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.web.InvalidParameterException;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An evaluation round's standing and results. The office, evaluators and auditors read all of it; a
 * provincial office reads its own region's until the round is published, and the ranking after.
 * Computed indicators read what was recorded by the round's cut-off, so that nothing recorded later
 * changes a result; each opens into the reports, tasks or case transfers behind its figure.
 */
@RestController
class EvaluationController {

  /** What is behind a region's figure of a computed indicator: the sources add up to it. */
  record SourcesView(
      RoundId roundId,
      RegionCode region,
      String indicator,
      Instant cutOff,
      BigDecimal figure,
      List<RoundInputs.Source> sources)
      implements Tabular {

    private static final Columns<RoundInputs.Source> COLUMNS =
        Columns.<RoundInputs.Source>of()
            .and("kind", RoundInputs.Source::kind)
            .and("id", RoundInputs.Source::id)
            .and("department", source -> source.department().value())
            .and("on", RoundInputs.Source::on)
            .and("adds", RoundInputs.Source::adds);

    @Override
    public String fileName() {
      return roundId + "-" + region + "-" + indicator;
    }

    @Override
    public List<Table> tables() {
      return List.of(COLUMNS.table("sources", sources));
    }
  }

  private final EvaluationRounds rounds;
  private final RecordedInputs inputs;
  private final Scope scope;

  EvaluationController(EvaluationRounds rounds, RecordedInputs inputs, Scope scope) {
    this.rounds = rounds;
    this.inputs = inputs;
    this.scope = scope;
  }

  /**
   * Every round drafted, the most recent year first: what it is and where it stands. Read by
   * whoever reads rounds, a provincial office included (each round's results it reads as {@link
   * #round} says).
   */
  @GetMapping("/evaluations")
  List<RoundSummary> rounds(Actor reader) {
    Scope.evaluationRegion(reader, true);
    return rounds.histories().stream()
        .map(history -> RoundSummary.of(RoundState.of(history)))
        .sorted(RoundSummary.ORDER)
        .toList();
  }

  /**
   * The round now or, with {@code recordedBy}, as it stood at that moment: its events, and the
   * records its computed indicators read, as recorded by then (reproducible: nothing recorded later
   * changes the answer). Who reads what follows the round's phase at that moment.
   */
  @GetMapping("/evaluations/{roundId}")
  RoundView round(
      @PathVariable RoundId roundId,
      @RequestParam(required = false) Instant recordedBy,
      Actor reader) {
    // A reader of no evaluation is refused before the round is looked up, so that which rounds
    // exist stays hidden from it.
    Scope.evaluationRegion(reader, true);
    Instant moment = recordedBy == null ? Instant.now() : recordedBy;
    RoundState round =
        RoundState.of(
            rounds
                .history(roundId, moment)
                .orElseThrow(() -> NotFoundException.of("roundId", roundId.value())));
    String limited = Scope.evaluationRegion(reader, round.phase == RoundPhase.PUBLISHED);
    RecordedInputs.Read read = inputs.of(round, moment);
    RoundInputs computed =
        RoundInputs.of(round.scheme, round.regionsEvaluated(), round.year, read.recorded());
    List<RoundView.RegionResult> ranking =
        RoundResults.of(round, computed, read.late()).stream()
            .filter(result -> limited == null || result.region().code().equals(limited))
            .map(result -> limited == null ? result : result.alone())
            .toList();
    return new RoundView(
        round.roundId,
        round.year,
        round.title,
        recordedBy,
        round.cutOff,
        round.phase.name(),
        round.scheme.version(),
        round.publishedOn,
        round.lead,
        RoundResults.progress(round),
        ranking);
  }

  /**
   * The reports, tasks or case transfers behind a region's figure of a computed indicator, across
   * campaigns, as recorded by the cut-off. Read as the round's result is: a provincial office its
   * own region's until publication.
   */
  @GetMapping("/evaluations/{roundId}/regions/{region}/indicators/{indicator}/sources")
  SourcesView sources(
      @PathVariable RoundId roundId,
      @PathVariable RegionCode region,
      @PathVariable String indicator,
      Actor reader) {
    Scope.evaluationRegion(reader, true);
    RoundState round = round(roundId);
    String limited = Scope.evaluationRegion(reader, round.phase == RoundPhase.PUBLISHED);
    if (limited != null && !limited.equals(region.value())) {
      throw scope.hidden(reader, "region", region.value());
    }
    if (!round.regionsEvaluated().contains(region.value())) {
      throw NotFoundException.of("region", region.value());
    }
    round
        .scheme
        .indicator(indicator)
        .filter(found -> found.kind() == IndicatorKind.COMPUTED)
        .orElseThrow(() -> NotFoundException.of("indicator", indicator));
    RoundInputs computed =
        RoundInputs.of(
            round.scheme, round.regionsEvaluated(), round.year, inputs.of(round).recorded());
    return new SourcesView(
        round.roundId,
        region,
        indicator,
        round.cutOff,
        computed.figure(indicator, region.value()),
        computed.sources(indicator, region.value()));
  }

  /**
   * The ranking another scheme would give the same frozen inputs, beside the round's own: assessed
   * indicators keep their scores where the other scheme has the same codes.
   */
  @PostMapping("/evaluations/{roundId}/comparisons")
  Comparison compare(@PathVariable RoundId roundId, @RequestBody Scheme other, Actor reader) {
    scope.requireReadsAll(reader);
    RoundState round = round(roundId);
    try {
      other.requireSourcesFor(round.year);
    } catch (InvalidValueException e) {
      throw new InvalidParameterException("scheme", e.getMessage());
    }
    RoundInputs.Recorded recorded = inputs.of(round).recorded();
    List<RoundView.RegionResult> own =
        RoundResults.of(
            round,
            RoundInputs.of(round.scheme, round.regionsEvaluated(), round.year, recorded),
            Map.of());
    RoundState alternative = round.under(other);
    return Comparison.of(
        round,
        other.version(),
        own,
        RoundResults.of(
            alternative,
            RoundInputs.of(other, round.regionsEvaluated(), round.year, recorded),
            Map.of()));
  }

  /** The signed-in evaluator's scores to give in the round, given or not. */
  @GetMapping("/evaluations/{roundId}/worklist")
  Worklist worklist(@PathVariable RoundId roundId, Actor reader) {
    scope.requireEvaluator(reader);
    return Worklist.of(round(roundId), reader.user());
  }

  private RoundState round(RoundId roundId) {
    return RoundState.of(
        rounds
            .history(roundId)
            .orElseThrow(() -> NotFoundException.of("roundId", roundId.value())));
  }
}
