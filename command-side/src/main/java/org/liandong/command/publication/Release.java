package org.liandong.command.publication;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.ZoneOffset;
import java.util.Objects;
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
import org.liandong.model.publication.AmendReleaseTextCommand;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.IssueReleaseCommand;
import org.liandong.model.publication.ReleaseId;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.model.publication.ReleaseTextAmended;

/**
 * A statistics release, its own aggregate (ADR 0018): the office issues it as of a cut-off that has
 * passed, and may amend its text, never its figures, which the query side reads from the report
 * ledger as recorded by the cut-off.
 */
@Aggregate(commandTargetResolver = "commandTargets")
@Revision("1")
@SnapshotState
class Release {

  @AggregateIdentifier private ReleaseId releaseId;
  private long issued;
  private Bilingual title;
  private Bilingual text;

  Release() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(IssueReleaseCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office issues releases");
    ReleaseIssued event =
        new ReleaseIssued(
            command.releaseId(),
            command.year(),
            command.campaign(),
            command.cutOff(),
            command.title(),
            command.text());
    if (releaseId != null) {
      if (issued == Fingerprint.ofRecord(event, Set.of())) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "releaseId", "release " + releaseId + " was issued with other details");
    }
    if (command.cutOff().isAfter(GenericEventMessage.clock.instant())) {
      throw RuleViolation.rule(
          "cutOff", "is still to come: a release's figures are frozen as of a past moment");
    }
    if (command.cutOff().atZone(ZoneOffset.UTC).getYear() < command.year()) {
      throw RuleViolation.rule(
          "cutOff", "is before the year " + command.year() + " it would publish has begun");
    }
    apply(event);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AmendReleaseTextCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office amends releases");
    if (Objects.equals(command.title(), title) && Objects.equals(command.text(), text)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    apply(new ReleaseTextAmended(releaseId, command.title(), command.text(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  @EventSourcingHandler
  void on(ReleaseIssued event) {
    releaseId = event.releaseId();
    issued = Fingerprint.ofRecord(event, Set.of());
    title = event.title();
    text = event.text();
  }

  @EventSourcingHandler
  void on(ReleaseTextAmended event) {
    title = event.title();
    text = event.text();
  }
}
