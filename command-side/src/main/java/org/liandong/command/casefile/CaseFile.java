package org.liandong.command.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.AcceptCaseCommand;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.CaseId;
import org.liandong.model.campaign.CaseReturned;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.ReturnCaseCommand;
import org.liandong.model.campaign.TransferCaseCommand;

/**
 * A case moving between departments ("linkage between administrative law enforcement and criminal
 * justice"). At any time one department holds it; a transfer waits until the receiver accepts it
 * (and holds it) or returns it (and the sender holds it again). Its own aggregate, not part of a
 * campaign: a case outlives campaigns and may come from none (ADR 0005).
 */
@Aggregate
@Revision("1")
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
class CaseFile {

  @AggregateIdentifier private CaseId caseId;
  private int stage;
  private DepartmentCode holder;
  private DepartmentCode pendingFrom;
  private DepartmentCode pendingTo;
  private DepartmentCode lastAcceptedBy;
  private DepartmentCode lastReturnedBy;

  CaseFile() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(TransferCaseCommand command) {
    if (command.from().equals(pendingFrom) && command.to().equals(pendingTo)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    if (caseId != null) {
      if (pendingTo != null) {
        throw RuleViolation.rule(
            "from", "case " + caseId + " waits to be accepted or returned by " + pendingTo);
      }
      if (!command.from().equals(holder)) {
        throw RuleViolation.rule("from", "case " + caseId + " is held by " + holder);
      }
    }
    apply(
        new CaseTransferred(
            command.caseId(),
            stage + 1,
            command.from(),
            command.to(),
            command.region(),
            command.title(),
            command.campaignId(),
            command.reports(),
            command.note()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AcceptCaseCommand command) {
    if (pendingTo == null && command.department().equals(lastAcceptedBy)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requirePendingFor(command.department());
    apply(new CaseAccepted(caseId, stage, command.department()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ReturnCaseCommand command) {
    if (pendingTo == null && command.department().equals(lastReturnedBy)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requirePendingFor(command.department());
    apply(new CaseReturned(caseId, stage, command.department(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  private void requirePendingFor(DepartmentCode department) {
    if (!department.equals(pendingTo)) {
      throw RuleViolation.rule(
          "department",
          pendingTo == null
              ? "case " + caseId + " waits for no department"
              : "case " + caseId + " was transferred to " + pendingTo);
    }
  }

  @EventSourcingHandler
  void on(CaseTransferred event) {
    caseId = event.caseId();
    stage = event.stage();
    holder = event.from();
    pendingFrom = event.from();
    pendingTo = event.to();
    lastAcceptedBy = null;
    lastReturnedBy = null;
  }

  @EventSourcingHandler
  void on(CaseAccepted event) {
    holder = event.department();
    lastAcceptedBy = event.department();
    pendingFrom = null;
    pendingTo = null;
  }

  @EventSourcingHandler
  void on(CaseReturned event) {
    holder = pendingFrom;
    lastReturnedBy = event.department();
    pendingFrom = null;
    pendingTo = null;
  }
}
