package org.liandong.command.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.liandong.access.ScopeRule;
import org.liandong.command.Fingerprint;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.DeductionMade;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.IndicatorScored;
import org.liandong.model.evaluation.MakeDeductionCommand;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.ScoreIndicatorCommand;
import org.liandong.model.evaluation.ScoreSettled;
import org.liandong.model.evaluation.Section;
import org.liandong.model.evaluation.SelfAssessmentSubmitted;
import org.liandong.model.evaluation.SettleScoreCommand;
import org.liandong.model.evaluation.SubmitSelfAssessmentCommand;

/**
 * A round's scores: the self-assessments, each evaluator's score of each assessed indicator of each
 * region, the lead evaluator's settlements and deductions, and the appeals. A member of the {@link
 * EvaluationRound} aggregate, which it asks for the phase, the scheme and who may do what. Each
 * fact is kept as the fingerprint of what was asked, so that a retry is recognised.
 */
@SnapshotState
class RoundScores extends RoundPart {

  /** An evaluator's score of an indicator of a region, and the fingerprint of its justification. */
  record Scored(BigDecimal score, long fingerprint) {}

  private Map<String, Long> selfAssessments = new HashMap<>();
  private Map<String, Map<String, Scored>> scores = new HashMap<>();
  private Map<String, Long> settled = new HashMap<>();
  private Map<String, Long> deductions = new HashMap<>();
  private Map<String, BigDecimal> deducted = new HashMap<>();

  /** For Jackson, which sets the round as it reads a snapshot. */
  RoundScores() {}

  RoundScores(EvaluationRound round) {
    super(round);
  }

  @CommandHandler
  Acknowledgement handle(SubmitSelfAssessmentCommand command, Actor actor) {
    ScopeRule.requireProvincialOffice(actor, command.region(), "region");
    long fingerprint = Fingerprint.of(command.text());
    if (selfAssessments.getOrDefault(command.region().value(), 0L) == fingerprint) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    round.requirePhase(RoundPhase.OPEN, "self-assessments are submitted while the round is open");
    requireEvaluated(command.region());
    apply(new SelfAssessmentSubmitted(round.id(), command.region(), command.text()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ScoreIndicatorCommand command, Actor actor) {
    RoundStaff.Assignment assignment = round.staff().assignmentOf(actor.user());
    ScopeRule.requireAssigned(
        actor, assignment == null ? Set.of() : assignment.regions(), command.region());
    Indicator indicator = assessed(command.indicator());
    String key = key(command.region(), command.indicator());
    Scored scored = new Scored(command.score(), Fingerprint.of(command.justification()));
    if (scored.equals(scores.getOrDefault(key, Map.of()).get(actor.user()))) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    round.requirePhase(RoundPhase.SCORING, "scores are given while the scoring runs");
    requireWithin(command.score(), indicator.points(), "score");
    apply(
        new IndicatorScored(
            round.id(),
            command.region(),
            command.indicator(),
            actor.user(),
            command.score(),
            command.justification()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(SettleScoreCommand command, Actor actor) {
    ScopeRule.requireLeadEvaluatorOf(
        actor, round.staff().lead(), round.staff().leadHome(), command.region());
    Indicator indicator = assessed(command.indicator());
    String key = key(command.region(), command.indicator());
    ScoreSettled event =
        new ScoreSettled(
            round.id(), command.region(), command.indicator(), command.score(), command.reason());
    if (settled.getOrDefault(key, 0L) == Fingerprint.ofRecord(event, Set.of())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    round.requirePhase(RoundPhase.MODERATION, "scores are settled during the moderation");
    requireEvaluated(command.region());
    requireWithin(command.score(), indicator.points(), "score");
    apply(event);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(MakeDeductionCommand command, Actor actor) {
    ScopeRule.requireLeadEvaluatorOf(
        actor, round.staff().lead(), round.staff().leadHome(), command.region());
    DeductionMade event =
        new DeductionMade(
            round.id(),
            command.deductionId(),
            command.region(),
            command.section(),
            command.points(),
            command.reason());
    long fingerprint = Fingerprint.ofRecord(event, Set.of());
    Long known = deductions.get(command.deductionId());
    if (known != null) {
      if (known == fingerprint) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "deductionId", "deduction " + command.deductionId() + " was made with other details");
    }
    if (round.phase() != RoundPhase.SCORING && round.phase() != RoundPhase.MODERATION) {
      throw RuleViolation.rule("roundId", "deductions are made during scoring and moderation");
    }
    requireEvaluated(command.region());
    Section section =
        round
            .scheme()
            .section(command.section())
            .orElseThrow(
                () ->
                    RuleViolation.rule(
                        "section", "the scheme has no section " + command.section()));
    BigDecimal total =
        deducted
            .getOrDefault(key(command.region(), command.section()), BigDecimal.ZERO)
            .add(command.points());
    requireWithin(total, section.maxDeduction(), "points");
    apply(event);
    return Acknowledgement.RECORDED;
  }

  /** Before moderation: two scores at least of each assessed indicator of each region. */
  void requireTwoScoresEach(Collection<RegionCode> regions) {
    List<String> missing = new ArrayList<>();
    for (RegionCode region : regions) {
      for (Indicator indicator : round.scheme().assessed()) {
        if (scores.getOrDefault(key(region, indicator.code()), Map.of()).size() < 2) {
          missing.add(key(region, indicator.code()));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw RuleViolation.rule("roundId", "two scores are needed yet of " + missing);
    }
  }

  /** Before publication: every score whose evaluators are further apart than allowed, settled. */
  void requireSettled(Collection<RegionCode> regions) {
    List<String> flagged = new ArrayList<>();
    for (RegionCode region : regions) {
      for (Indicator indicator : round.scheme().assessed()) {
        String key = key(region, indicator.code());
        if (isFlagged(scores.getOrDefault(key, Map.of()).values()) && !settled.containsKey(key)) {
          flagged.add(key);
        }
      }
    }
    if (!flagged.isEmpty()) {
      throw RuleViolation.rule("roundId", "scores too far apart are not settled yet: " + flagged);
    }
  }

  private boolean isFlagged(Collection<Scored> given) {
    return round.scheme().flags(given.stream().map(Scored::score).toList());
  }

  private Indicator assessed(String code) {
    Indicator indicator =
        round
            .scheme()
            .indicator(code)
            .orElseThrow(
                () -> RuleViolation.rule("indicator", "the scheme has no indicator " + code));
    if (indicator.kind() != IndicatorKind.ASSESSED) {
      throw RuleViolation.rule("indicator", code + " is computed from the figures, not scored");
    }
    return indicator;
  }

  void requireEvaluated(RegionCode region) {
    if (!round.regionsEvaluated().contains(region)) {
      throw RuleViolation.rule("region", "region " + region + " is not evaluated in this round");
    }
  }

  static void requireWithin(BigDecimal points, int most, String field) {
    if (points.compareTo(BigDecimal.valueOf(most)) > 0) {
      throw RuleViolation.rule(field, "must be at most " + most + " points here");
    }
  }

  static String key(RegionCode region, String code) {
    return region.value() + "/" + code;
  }

  @EventSourcingHandler
  void on(SelfAssessmentSubmitted event) {
    selfAssessments.put(event.region().value(), Fingerprint.of(event.text()));
  }

  @EventSourcingHandler
  void on(IndicatorScored event) {
    scores
        .computeIfAbsent(key(event.region(), event.indicator()), k -> new HashMap<>())
        .put(event.evaluator(), new Scored(event.score(), Fingerprint.of(event.justification())));
  }

  @EventSourcingHandler
  void on(ScoreSettled event) {
    settled.put(key(event.region(), event.indicator()), Fingerprint.ofRecord(event, Set.of()));
  }

  @EventSourcingHandler
  void on(DeductionMade event) {
    deductions.put(event.deductionId(), Fingerprint.ofRecord(event, Set.of()));
    deducted.merge(key(event.region(), event.section()), event.points(), BigDecimal::add);
  }
}
