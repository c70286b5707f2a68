package org.liandong.command.publication;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.publication.ApproveTypicalCaseCommand;
import org.liandong.model.publication.ProposeTypicalCaseCommand;
import org.liandong.model.publication.ReturnTypicalCaseCommand;
import org.liandong.model.publication.TypicalCaseApproved;
import org.liandong.model.publication.TypicalCaseId;
import org.liandong.model.publication.TypicalCaseProposed;
import org.liandong.model.publication.TypicalCaseReturned;

/**
 * A typical case, its own aggregate (ADR 0018): a department proposes one of its reports with a
 * narrative; the office approves it, which publishes it, or returns it with a reason, after which
 * the department may propose it again. A published case changes no more. That the report is one the
 * department may see is checked on the way to the command bus, from the campaign.
 */
@Aggregate(commandTargetResolver = "commandTargets")
@Revision("1")
@SnapshotState
class TypicalCase {

  /** Where a typical case stands. */
  enum Status {
    PROPOSED,
    RETURNED,
    PUBLISHED
  }

  @AggregateIdentifier private TypicalCaseId typicalCaseId;
  private DepartmentCode department;
  private long proposal;
  private Status status;
  private String returnedFor;

  TypicalCase() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(ProposeTypicalCaseCommand command, Actor actor) {
    ScopeRule.requireDepartment(actor, command.department(), "department");
    TypicalCaseProposed event =
        new TypicalCaseProposed(
            command.typicalCaseId(),
            command.department(),
            command.campaign(),
            command.report(),
            command.right(),
            command.title(),
            command.narrative());
    if (typicalCaseId != null) {
      ScopeRule.requireDepartment(actor, department, "typicalCaseId");
      if (status == Status.PROPOSED && proposal == Fingerprint.ofRecord(event, Set.of())) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      if (status != Status.RETURNED) {
        throw RuleViolation.conflict(
            "typicalCaseId",
            "typical case "
                + typicalCaseId
                + " is "
                + status
                + "; only a returned one is proposed again");
      }
    }
    apply(event);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ApproveTypicalCaseCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office publishes typical cases");
    if (status == Status.PUBLISHED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireProposed("approved");
    apply(
        new TypicalCaseApproved(typicalCaseId, BusinessCalendar.today(GenericEventMessage.clock)));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ReturnTypicalCaseCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office returns typical cases");
    if (status == Status.RETURNED && command.reason().equals(returnedFor)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireProposed("returned");
    apply(new TypicalCaseReturned(typicalCaseId, command.reason()));
    return Acknowledgement.RECORDED;
  }

  private void requireProposed(String what) {
    if (status != Status.PROPOSED) {
      throw RuleViolation.rule(
          "typicalCaseId",
          "typical case " + typicalCaseId + " is " + status + "; only a proposed one is " + what);
    }
  }

  @EventSourcingHandler
  void on(TypicalCaseProposed event) {
    typicalCaseId = event.typicalCaseId();
    department = event.department();
    proposal = Fingerprint.ofRecord(event, Set.of());
    status = Status.PROPOSED;
    returnedFor = null;
  }

  @EventSourcingHandler
  void on(TypicalCaseReturned event) {
    status = Status.RETURNED;
    returnedFor = event.reason();
  }

  @EventSourcingHandler
  void on(TypicalCaseApproved event) {
    status = Status.PUBLISHED;
  }
}
