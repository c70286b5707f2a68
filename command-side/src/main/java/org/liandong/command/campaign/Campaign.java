package org.liandong.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
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
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.CloseCampaignCommand;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.SetTargetsCommand;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * A joint enforcement campaign: who takes part, where, and what has been reported. Every
 * client-chosen id (the campaign's own, a task's, a report's) is recorded once: a retry of the same
 * request is acknowledged without a new event, a different request under a taken id is a conflict.
 *
 * <p>The campaign as a whole (its phase, period, targets and summary) is kept here; its departments
 * and regions, its tasks and its reports are members of the aggregate, {@link CampaignMembership}
 * (who and where), {@link CampaignTasks} and {@link CampaignReports}, which handle the commands
 * about them and turn to the campaign for the rules of the whole. Its fields are what the rules
 * need and nothing more; Jackson reads and writes them directly for snapshots. Its
 * {@code @Revision} changes whenever they do: snapshots of another revision are passed over, and
 * the campaign is rebuilt from its events.
 */
@Aggregate(
    snapshotTriggerDefinition = "campaignSnapshotTrigger",
    cache = "aggregateCache",
    commandTargetResolver = "commandTargets")
@Revision("9")
@SnapshotState
class Campaign {

  @AggregateIdentifier private CampaignId campaignId;
  private long launchFingerprint;
  private LocalDate startsOn;
  private Phase phase;
  private long targetsFingerprint;
  private String summary;

  @SnapshotMember private CampaignMembership membership = new CampaignMembership(this);
  @SnapshotMember private CampaignTasks tasks = new CampaignTasks(this);
  @SnapshotMember private CampaignReports reports = new CampaignReports(this);

  static final String OFFICE_ONLY = "only the office runs campaigns and assigns their tasks";

  Campaign() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(LaunchCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    Set<DepartmentCode> departments = new TreeSet<>(command.participatingDepartments());
    departments.add(command.leadDepartment());
    CampaignLaunched launched =
        new CampaignLaunched(
            command.campaignId(),
            command.name(),
            command.focus(),
            command.leadDepartment(),
            departments,
            command.regions(),
            command.period(),
            command.keyPoints());
    if (campaignId != null) {
      if (launchFingerprint == fingerprint(launched)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "campaignId", "campaign " + campaignId + " was already launched with other details");
    }
    apply(launched);
    return Acknowledgement.RECORDED;
  }

  /**
   * Asking for a phase the campaign has already reached is acknowledged, not refused: it is a retry
   * that arrives after the campaign moved on.
   */
  @CommandHandler
  Acknowledgement handle(AdvancePhaseCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    if (command.to().compareTo(phase) <= 0) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    if (command.to() != phase.next() || command.to() == Phase.CLOSED) {
      throw RuleViolation.rule(
          "to",
          "campaign "
              + campaignId
              + " is in phase "
              + phase
              + ": it can only move on to "
              + phase.next()
              + (phase.next() == Phase.CLOSED ? ", by closing it with a summary" : ""));
    }
    apply(new PhaseAdvanced(campaignId, phase, command.to()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(SetTargetsCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    TargetsSet targets = new TargetsSet(campaignId, command.keyPoints(), command.targets());
    if (fingerprint(targets) == targetsFingerprint) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    apply(targets);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(CloseCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    if (phase == Phase.CLOSED) {
      if (command.summary().equals(summary)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.rule("campaignId", "campaign " + campaignId + " is already closed");
    }
    if (phase != Phase.REVIEW) {
      throw RuleViolation.rule(
          "campaignId",
          "campaign " + campaignId + " is in phase " + phase + ": it is closed after its review");
    }
    apply(new CampaignClosed(campaignId, command.summary()));
    return Acknowledgement.RECORDED;
  }

  /**
   * For a command sent elsewhere that names this campaign and some of its reports (a case
   * transfer): the actor may see the campaign and each report; what it may not see is answered as
   * if it did not exist.
   */
  void requireVisible(Actor actor, Set<ReportId> named, ReportIndex index) {
    if (campaignId == null || !membership.mayRead(actor)) {
      throw notVisible(campaignId);
    }
    reports.requireVisible(actor, named, index);
  }

  static RuleViolation notVisible(CampaignId campaignId) {
    return RuleViolation.rule(
        "campaignId", "there is no campaign " + campaignId + " that you take part in");
  }

  CampaignId id() {
    return campaignId;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  boolean closed() {
    return phase == Phase.CLOSED;
  }

  /** Reports arriving now come after the crackdown ended: they are marked late. */
  boolean inReview() {
    return phase == Phase.REVIEW;
  }

  static LocalDate today() {
    return BusinessCalendar.today(GenericEventMessage.clock);
  }

  void requireAcceptingReports() {
    if (!phase.acceptsReports()) {
      throw RuleViolation.rule(
          "campaignId",
          "campaign "
              + campaignId
              + " is in phase "
              + phase
              + ": reports are accepted from mobilisation until it is closed");
    }
  }

  void requireOpen() {
    if (phase == Phase.CLOSED) {
      throw RuleViolation.rule(
          "campaignId", "campaign " + campaignId + " is closed and takes no more changes");
    }
  }

  void requireParticipant(DepartmentCode department, String field) {
    membership.requireParticipant(department, field);
  }

  void requireInScope(RegionCode region) {
    membership.requireInScope(region);
  }

  @EventSourcingHandler
  void on(CampaignLaunched event) {
    campaignId = event.campaignId();
    launchFingerprint = fingerprint(event);
    startsOn = event.period().startsOn();
    phase = Phase.PLANNED;
  }

  @EventSourcingHandler
  void on(PhaseAdvanced event) {
    phase = event.to();
  }

  @EventSourcingHandler
  void on(TargetsSet event) {
    targetsFingerprint = fingerprint(event);
  }

  @EventSourcingHandler
  void on(CampaignClosed event) {
    phase = Phase.CLOSED;
    summary = event.summary();
  }

  private static long fingerprint(CampaignLaunched event) {
    return Fingerprint.of(
        event.name(),
        event.focus().name(),
        event.leadDepartment(),
        event.participatingDepartments(),
        event.regions(),
        event.period().startsOn(),
        event.period().endsOn(),
        event.keyPoints());
  }

  private static long fingerprint(TargetsSet event) {
    return Fingerprint.of(event.keyPoints(), event.targets());
  }
}
