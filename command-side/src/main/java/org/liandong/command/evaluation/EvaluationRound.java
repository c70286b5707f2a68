package org.liandong.command.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.liandong.access.ScopeRule;
import org.liandong.command.Fingerprint;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotMember;
import org.liandong.command.SnapshotState;
import org.liandong.model.InvalidValueException;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.DraftRoundCommand;
import org.liandong.model.evaluation.ModerationStarted;
import org.liandong.model.evaluation.OpenRoundCommand;
import org.liandong.model.evaluation.PublishResultsCommand;
import org.liandong.model.evaluation.ResultsPublished;
import org.liandong.model.evaluation.ReviseSchemeCommand;
import org.liandong.model.evaluation.RoundDrafted;
import org.liandong.model.evaluation.RoundId;
import org.liandong.model.evaluation.RoundOpened;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.SchemeRevised;
import org.liandong.model.evaluation.ScoringStarted;
import org.liandong.model.evaluation.StartModerationCommand;
import org.liandong.model.evaluation.StartScoringCommand;

/**
 * An evaluation round of the regions, its own aggregate: the scheme, who evaluates which regions
 * and who leads, and the phases from draft to published. The office drafts and opens it and assigns
 * the evaluators; the lead evaluator moderates and publishes. Who evaluates is its member {@link
 * RoundStaff}; the scores, settlements, deductions and appeals are its member {@link RoundScores}.
 */
@Aggregate(commandTargetResolver = "commandTargets")
@Revision("2")
@SnapshotState
class EvaluationRound {

  @AggregateIdentifier private RoundId roundId;
  private long drafted;
  private int year;
  private RoundPhase phase;
  private Instant cutOff;
  private Scheme scheme;
  private LocalDate publishedOn;

  @SnapshotMember private RoundStaff staff = new RoundStaff(this);
  @SnapshotMember private RoundScores scores = new RoundScores(this);
  @SnapshotMember private RoundAppeals appeals = new RoundAppeals(this);

  EvaluationRound() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(DraftRoundCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office drafts evaluation rounds");
    RoundDrafted event =
        new RoundDrafted(
            command.roundId(), command.year(), command.title(), command.cutOff(), command.scheme());
    if (roundId != null) {
      if (drafted == Fingerprint.ofRecord(event, Set.of())) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "roundId", "round " + roundId + " was drafted with other details");
    }
    apply(event);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ReviseSchemeCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office edits a round's scheme");
    if (command.scheme().equals(scheme)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requirePhase(RoundPhase.DRAFT, "the scheme is edited only while the round is in draft");
    if (command.scheme().version() <= scheme.version()) {
      throw RuleViolation.rule(
          "scheme.version", "a revised scheme needs a version above " + scheme.version());
    }
    try {
      command.scheme().requireSourcesFor(year);
    } catch (InvalidValueException e) {
      throw RuleViolation.rule("scheme", e.getMessage());
    }
    apply(new SchemeRevised(roundId, command.scheme()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(OpenRoundCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office opens a round");
    if (phase.compareTo(RoundPhase.OPEN) >= 0) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    staff.requireStaffed();
    apply(new RoundOpened(roundId));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(StartScoringCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office starts the scoring");
    if (phase.compareTo(RoundPhase.SCORING) >= 0) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requirePhase(RoundPhase.OPEN, "open the round before the scoring starts");
    apply(new ScoringStarted(roundId));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(StartModerationCommand command, Actor actor) {
    ScopeRule.requireLeadEvaluator(actor, staff.lead());
    if (phase.compareTo(RoundPhase.MODERATION) >= 0) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requirePhase(RoundPhase.SCORING, "moderation follows the scoring");
    scores.requireTwoScoresEach(regionsEvaluated());
    apply(new ModerationStarted(roundId));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(PublishResultsCommand command, Actor actor) {
    ScopeRule.requireLeadEvaluator(actor, staff.lead());
    if (phase == RoundPhase.PUBLISHED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requirePhase(RoundPhase.MODERATION, "results are published after the moderation");
    if (cutOff.isAfter(GenericEventMessage.clock.instant())) {
      throw RuleViolation.rule(
          "roundId", "the figures are read as recorded by " + cutOff + ", which has not come yet");
    }
    scores.requireSettled(regionsEvaluated());
    apply(new ResultsPublished(roundId, BusinessCalendar.today(GenericEventMessage.clock)));
    return Acknowledgement.RECORDED;
  }

  /** The regions some evaluator scores, in code order. */
  Set<RegionCode> regionsEvaluated() {
    return staff.regionsEvaluated();
  }

  void requirePhase(RoundPhase required, String reason) {
    if (phase != required) {
      throw RuleViolation.rule("roundId", "round " + roundId + " is " + phase + ": " + reason);
    }
  }

  RoundStaff staff() {
    return staff;
  }

  RoundId id() {
    return roundId;
  }

  RoundPhase phase() {
    return phase;
  }

  Scheme scheme() {
    return scheme;
  }

  LocalDate publishedOn() {
    return publishedOn;
  }

  RoundScores scores() {
    return scores;
  }

  @EventSourcingHandler
  void on(RoundDrafted event) {
    roundId = event.roundId();
    drafted = Fingerprint.ofRecord(event, Set.of());
    year = event.year();
    phase = RoundPhase.DRAFT;
    cutOff = event.cutOff();
    scheme = event.scheme();
  }

  @EventSourcingHandler
  void on(SchemeRevised event) {
    scheme = event.scheme();
  }

  @EventSourcingHandler
  void on(RoundOpened event) {
    phase = RoundPhase.OPEN;
  }

  @EventSourcingHandler
  void on(ScoringStarted event) {
    phase = RoundPhase.SCORING;
  }

  @EventSourcingHandler
  void on(ModerationStarted event) {
    phase = RoundPhase.MODERATION;
  }

  @EventSourcingHandler
  void on(ResultsPublished event) {
    phase = RoundPhase.PUBLISHED;
    publishedOn = event.publishedOn();
  }
}
