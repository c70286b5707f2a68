package org.liandong.query.cases;

import static org.liandong.query.cases.CaseFileDocument.CAMPAIGN_ID;
import static org.liandong.query.cases.CaseFileDocument.HOLDER;
import static org.liandong.query.cases.CaseFileDocument.REGION;
import static org.liandong.query.cases.CaseFileDocument.REPORTS;
import static org.liandong.query.cases.CaseFileDocument.TITLE;
import static org.liandong.query.cases.CaseFileDocument.WAITING_FOR;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.CaseReturned;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.ReportId;
import org.liandong.query.cases.CaseFileDocument.Stage;
import org.liandong.query.cases.CaseFileView.Outcome;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per case ({@link CaseFileDocument}): who holds it, whom it waits for, and each stage
 * of its way with the moments it was sent and decided on, from which the time spent at each stage
 * is read; and one per department listing its cases ({@link DepartmentCases}).
 */
@Component
class CaseFileProjection implements Projection {

  static final String NAME = "case_files";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    Document set;
    List<GuardedWrite> lists;
    if (envelope.event() instanceof CaseTransferred transfer) {
      int stage = transfer.stage();
      set =
          new Document(TITLE, transfer.title())
              .append(REGION, transfer.region().value())
              .append(
                  CAMPAIGN_ID, transfer.campaignId() == null ? null : transfer.campaignId().value())
              .append(REPORTS, transfer.reports().stream().map(ReportId::value).sorted().toList())
              .append(HOLDER, transfer.from().value())
              .append(WAITING_FOR, transfer.to().value())
              .append(Stage.path(stage, Stage.TRANSFER_ID), transfer.transferId().value())
              .append(Stage.path(stage, Stage.FROM), transfer.from().value())
              .append(Stage.path(stage, Stage.TO), transfer.to().value())
              .append(Stage.path(stage, Stage.NOTE), transfer.note())
              .append(Stage.path(stage, Stage.TRANSFERRED_AT), envelope.storedAt().toString());
      lists =
          List.of(
              mark(envelope, transfer.from().value(), true),
              mark(envelope, transfer.to().value(), true));
    } else if (envelope.event() instanceof CaseAccepted accepted) {
      set =
          decided(accepted.stage(), Outcome.ACCEPTED, null, envelope)
              .append(HOLDER, accepted.department().value());
      lists = List.of();
    } else if (envelope.event() instanceof CaseReturned returned) {
      set = decided(returned.stage(), Outcome.RETURNED, returned.reason(), envelope);
      lists = List.of(mark(envelope, returned.department().value(), false));
    } else {
      return List.of();
    }
    List<GuardedWrite> writes = new ArrayList<>(lists);
    writes.add(OncePerSequence.ofSubject(envelope, new Document("$set", set)));
    return writes;
  }

  /** Marks the case in a department's list ({@link DepartmentCases}), or unmarks it. */
  private static GuardedWrite mark(EventEnvelope envelope, String department, boolean marked) {
    String caseId = envelope.subject();
    return OncePerSequence.update(
        DepartmentCases.id(department),
        DepartmentCases.lastSequence(caseId),
        envelope.sequence(),
        new Document("$set", new Document(DepartmentCases.marked(caseId), marked)));
  }

  private static Document decided(
      int stage, Outcome outcome, String reason, EventEnvelope envelope) {
    return new Document(WAITING_FOR, null)
        .append(Stage.path(stage, Stage.OUTCOME), outcome.name())
        .append(Stage.path(stage, Stage.REASON), reason)
        .append(Stage.path(stage, Stage.DECIDED_AT), envelope.storedAt().toString());
  }
}
