package org.liandong.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.liandong.access.ScopeRule;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AddRegionsCommand;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.JoinCampaignCommand;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.WithdrawFromCampaignCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * Who takes part in a campaign and where: its lead, participating and withdrawn departments and its
 * regions, the rules for changing them, and the checks that every task and report must pass. A
 * member of the {@link Campaign} aggregate.
 */
@SnapshotState
class CampaignMembership extends CampaignPart {

  private DepartmentCode leadDepartment;
  private Set<DepartmentCode> participants = new HashSet<>();
  private Set<DepartmentCode> withdrawn = new HashSet<>();
  private Set<RegionCode> regions = new HashSet<>();

  /** For Jackson, which sets the campaign as it reads a snapshot. */
  CampaignMembership() {}

  CampaignMembership(Campaign campaign) {
    super(campaign);
  }

  @CommandHandler
  Acknowledgement handle(JoinCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, Campaign.OFFICE_ONLY);
    if (participants.contains(command.department())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    apply(new DepartmentJoined(campaign.id(), command.department()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(WithdrawFromCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, Campaign.OFFICE_ONLY);
    if (!participants.contains(command.department())) {
      if (withdrawn.contains(command.department())) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.rule(
          "department",
          "department "
              + command.department()
              + " does not take part in campaign "
              + campaign.id());
    }
    campaign.requireOpen();
    if (command.department().equals(leadDepartment)) {
      throw RuleViolation.rule(
          "department", "the lead department " + leadDepartment + " cannot withdraw");
    }
    apply(new DepartmentWithdrew(campaign.id(), command.department(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AddRegionsCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, Campaign.OFFICE_ONLY);
    Set<RegionCode> added = new TreeSet<>(command.regions());
    added.removeAll(regions);
    if (added.isEmpty()) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    apply(new RegionsAdded(campaign.id(), added));
    return Acknowledgement.RECORDED;
  }

  /** Whether the actor may see the campaign: it concerns them now or did before a withdrawal. */
  boolean mayRead(Actor actor) {
    Set<DepartmentCode> concerned = new HashSet<>(participants);
    concerned.addAll(withdrawn);
    return ScopeRule.mayRead(actor, concerned, regions);
  }

  void requireParticipant(DepartmentCode department, String field) {
    if (withdrawn.contains(department)) {
      throw RuleViolation.rule(
          field, "department " + department + " has withdrawn from campaign " + campaign.id());
    }
    if (!participants.contains(department)) {
      throw RuleViolation.rule(
          field, "department " + department + " does not take part in campaign " + campaign.id());
    }
  }

  void requireInScope(RegionCode region) {
    if (!regions.contains(region)) {
      throw RuleViolation.rule(
          "region", "region " + region + " is not in the scope of campaign " + campaign.id());
    }
  }

  @EventSourcingHandler
  void on(CampaignLaunched event) {
    leadDepartment = event.leadDepartment();
    participants = new HashSet<>(event.participatingDepartments());
    regions = new HashSet<>(event.regions());
  }

  @EventSourcingHandler
  void on(DepartmentJoined event) {
    participants.add(event.department());
    withdrawn.remove(event.department());
  }

  @EventSourcingHandler
  void on(DepartmentWithdrew event) {
    participants.remove(event.department());
    withdrawn.add(event.department());
  }

  @EventSourcingHandler
  void on(RegionsAdded event) {
    regions.addAll(event.regions());
  }
}
