package org.liandong.command.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.liandong.access.ScopeRule;
import org.liandong.command.Fingerprint;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.model.evaluation.AppealDecided;
import org.liandong.model.evaluation.AppealLodged;
import org.liandong.model.evaluation.DecideAppealCommand;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.LodgeAppealCommand;
import org.liandong.model.evaluation.RoundPhase;

/**
 * A round's appeals: a region's office appeals one indicator once, within the scheme's window after
 * the publication, and the lead evaluator upholds or amends it. A member of the {@link
 * EvaluationRound} aggregate.
 */
@SnapshotState
class RoundAppeals extends RoundPart {

  /** An appeal: the fingerprint of what it asked, and of what was decided (0 until decided). */
  record Appeal(long fingerprint, long decision) {}

  private Map<String, Appeal> appeals = new HashMap<>();

  /** For Jackson, which sets the round as it reads a snapshot. */
  RoundAppeals() {}

  RoundAppeals(EvaluationRound round) {
    super(round);
  }

  @CommandHandler
  Acknowledgement handle(LodgeAppealCommand command, Actor actor) {
    ScopeRule.requireProvincialOffice(actor, command.region(), "region");
    String key = RoundScores.key(command.region(), command.indicator());
    long fingerprint = Fingerprint.of(command.reason());
    Appeal known = appeals.get(key);
    if (known != null) {
      if (known.fingerprint() == fingerprint) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "indicator",
          "region " + command.region() + " appealed " + command.indicator() + " already");
    }
    round.requirePhase(RoundPhase.PUBLISHED, "appeals follow the publication");
    round.scores().requireEvaluated(command.region());
    if (round.scheme().indicator(command.indicator()).isEmpty()) {
      throw RuleViolation.rule("indicator", "the scheme has no indicator " + command.indicator());
    }
    int days = round.scheme().appealDays();
    if (BusinessCalendar.today(GenericEventMessage.clock)
        .isAfter(round.publishedOn().plusDays(days))) {
      throw RuleViolation.rule(
          "roundId", "appeals were open for " + days + " days after " + round.publishedOn());
    }
    apply(new AppealLodged(round.id(), command.region(), command.indicator(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(DecideAppealCommand command, Actor actor) {
    ScopeRule.requireLeadEvaluatorOf(
        actor, round.staff().lead(), round.staff().leadHome(), command.region());
    String key = RoundScores.key(command.region(), command.indicator());
    Appeal appeal = appeals.get(key);
    if (appeal == null) {
      throw RuleViolation.rule(
          "indicator", "region " + command.region() + " has not appealed " + command.indicator());
    }
    AppealDecided event =
        new AppealDecided(
            round.id(),
            command.region(),
            command.indicator(),
            command.decision(),
            command.score(),
            command.reason());
    long decision = Fingerprint.ofRecord(event, Set.of());
    if (appeal.decision() == decision) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    if (appeal.decision() != 0) {
      throw RuleViolation.conflict("indicator", "this appeal was decided otherwise");
    }
    if (command.score() != null) {
      Indicator indicator = round.scheme().indicator(command.indicator()).orElseThrow();
      RoundScores.requireWithin(command.score(), indicator.points(), "score");
    }
    apply(event);
    return Acknowledgement.RECORDED;
  }

  @EventSourcingHandler
  void on(AppealLodged event) {
    appeals.put(
        RoundScores.key(event.region(), event.indicator()),
        new Appeal(Fingerprint.of(event.reason()), 0L));
  }

  @EventSourcingHandler
  void on(AppealDecided event) {
    String key = RoundScores.key(event.region(), event.indicator());
    long decision = Fingerprint.ofRecord(event, Set.of());
    appeals.computeIfPresent(key, (k, appeal) -> new Appeal(appeal.fingerprint(), decision));
  }
}
