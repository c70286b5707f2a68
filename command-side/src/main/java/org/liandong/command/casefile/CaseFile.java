package org.liandong.command.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.liandong.access.ScopeRule;
import org.liandong.command.Fingerprint;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.CaseReturned;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.casefile.AcceptCaseCommand;
import org.liandong.model.casefile.ReturnCaseCommand;
import org.liandong.model.casefile.TransferCaseCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;

/**
 * A case moving between departments ("linkage between administrative law enforcement and criminal
 * justice"). At any time one department holds it; a transfer waits until the receiver accepts it
 * (and holds it) or returns it (and the sender holds it again). Each transfer has an id chosen by
 * its sender, so retries of a transfer, an acceptance or a return change nothing. Its own
 * aggregate, not part of a campaign: a case outlives campaigns and may come from none (ADR 0005).
 */
@Aggregate(commandTargetResolver = "commandTargets")
@Revision("3")
@SnapshotState
class CaseFile {

  /** What the case remembers of each transfer: what was asked, to whom, and how it ended. */
  record TransferRecord(long fingerprint, int stage, DepartmentCode to, String outcome) {}

  @AggregateIdentifier private CaseId caseId;
  private int stage;
  private DepartmentCode holder;
  private RegionCode region;
  private TransferId pending;
  private Map<String, TransferRecord> transfers = new HashMap<>();

  CaseFile() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(TransferCaseCommand command, Actor actor) {
    TransferRecord known = transfers.get(command.transferId().value());
    requireMayTransfer(command, actor);
    if (known != null) {
      if (known.fingerprint() == fingerprint(command)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "transferId", "transfer " + command.transferId() + " was made with other details");
    }
    if (caseId != null) {
      if (pending != null) {
        throw RuleViolation.rule(
            "from",
            "case "
                + caseId
                + " waits to be accepted or returned by "
                + transfers.get(pending.value()).to());
      }
      if (!command.from().equals(holder)) {
        throw RuleViolation.rule("from", "case " + caseId + " is held by " + holder);
      }
    }
    apply(command.toEvent(stage + 1));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AcceptCaseCommand command, Actor actor) {
    TransferRecord transfer =
        decidable(command.transferId(), command.department(), ACCEPTED, actor);
    if (transfer == null) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    apply(new CaseAccepted(caseId, command.transferId(), transfer.stage(), command.department()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ReturnCaseCommand command, Actor actor) {
    TransferRecord transfer =
        decidable(command.transferId(), command.department(), RETURNED, actor);
    if (transfer == null) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    apply(
        new CaseReturned(
            caseId,
            command.transferId(),
            transfer.stage(),
            command.department(),
            command.reason()));
    return Acknowledgement.RECORDED;
  }

  /**
   * The sender acts for the department it sends from (which must hold the case, a rule checked
   * after this), in the region where the case lies now and in the region the transfer names.
   */
  private void requireMayTransfer(TransferCaseCommand command, Actor actor) {
    ScopeRule.requireDepartment(actor, command.from(), "from");
    if (caseId != null) {
      ScopeRule.requireChange(actor, command.from(), region, "caseId");
    }
    ScopeRule.requireChange(actor, command.from(), command.region(), "region");
  }

  /**
   * The transfer the department may now decide on, or null when it already decided it this way (a
   * retry). The actor acts for the receiving department, in the region where the case lies.
   */
  private TransferRecord decidable(
      TransferId transferId, DepartmentCode department, String outcome, Actor actor) {
    TransferRecord transfer = transfers.get(transferId.value());
    if (transfer == null) {
      throw RuleViolation.rule("transferId", "case " + caseId + " has no transfer " + transferId);
    }
    ScopeRule.requireChange(actor, transfer.to(), region, "transferId");
    if (!transfer.to().equals(department)) {
      throw RuleViolation.rule(
          "department", "transfer " + transferId + " went to " + transfer.to());
    }
    if (outcome.equals(transfer.outcome())) {
      return null;
    }
    if (transfer.outcome() != null) {
      throw RuleViolation.rule(
          "transferId",
          "transfer " + transferId + " was already " + transfer.outcome().toLowerCase(Locale.ROOT));
    }
    return transfer;
  }

  @EventSourcingHandler
  void on(CaseTransferred event) {
    caseId = event.caseId();
    stage = event.stage();
    holder = event.from();
    region = event.region();
    pending = event.transferId();
    transfers.put(
        event.transferId().value(),
        new TransferRecord(fingerprint(event), event.stage(), event.to(), null));
  }

  @EventSourcingHandler
  void on(CaseAccepted event) {
    holder = event.department();
    decided(event.transferId(), ACCEPTED);
  }

  @EventSourcingHandler
  void on(CaseReturned event) {
    decided(event.transferId(), RETURNED);
  }

  private void decided(TransferId transferId, String outcome) {
    TransferRecord transfer = transfers.get(transferId.value());
    transfers.put(
        transferId.value(),
        new TransferRecord(transfer.fingerprint(), transfer.stage(), transfer.to(), outcome));
    pending = null;
  }

  private static final String ACCEPTED = "ACCEPTED";
  private static final String RETURNED = "RETURNED";

  private static long fingerprint(TransferCaseCommand command) {
    return fingerprintOf(
        command.from(),
        command.to(),
        command.region(),
        command.title(),
        command.campaignId(),
        command.reports(),
        command.note());
  }

  private static long fingerprint(CaseTransferred event) {
    return fingerprintOf(
        event.from(),
        event.to(),
        event.region(),
        event.title(),
        event.campaignId(),
        event.reports(),
        event.note());
  }

  private static long fingerprintOf(
      DepartmentCode from,
      DepartmentCode to,
      RegionCode region,
      String title,
      CampaignId campaignId,
      Set<ReportId> reports,
      String note) {
    return Fingerprint.of(
        from,
        to,
        region,
        title,
        campaignId,
        reports.stream().map(ReportId::value).sorted().toList(),
        note);
  }
}
