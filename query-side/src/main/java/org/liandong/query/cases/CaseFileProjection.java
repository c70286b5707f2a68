package org.liandong.query.cases;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.CaseReturned;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.ReportId;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per case: who holds it, whom it waits for, and each stage of its way with the
 * moments it was sent and decided on, from which the time spent at each stage is read.
 */
@Component
class CaseFileProjection implements Projection {

  static final String NAME = "case_files";

  @Override
  public String name() {
    return NAME;
  }

  /** Departments read the cases they hold and those waiting for them. */
  @Override
  public List<IndexModel> indexes() {
    return List.of(
        new IndexModel(Indexes.ascending("holder")),
        new IndexModel(Indexes.ascending("waitingFor")));
  }

  @Override
  public List<WriteModel<Document>> writesFor(EventEnvelope envelope) {
    Document set;
    if (envelope.event() instanceof CaseTransferred transfer) {
      String stage = "stages." + transfer.stage() + ".";
      set =
          new Document("title", transfer.title())
              .append("region", transfer.region().value())
              .append(
                  "campaignId",
                  transfer.campaignId() == null ? null : transfer.campaignId().value())
              .append("reports", transfer.reports().stream().map(ReportId::value).sorted().toList())
              .append("holder", transfer.from().value())
              .append("waitingFor", transfer.to().value())
              .append(stage + "transferId", transfer.transferId().value())
              .append(stage + "from", transfer.from().value())
              .append(stage + "to", transfer.to().value())
              .append(stage + "note", transfer.note())
              .append(stage + "transferredAt", envelope.storedAt().toString());
    } else if (envelope.event() instanceof CaseAccepted accepted) {
      set =
          decided(accepted.stage(), "ACCEPTED", null, envelope)
              .append("holder", accepted.department().value());
    } else if (envelope.event() instanceof CaseReturned returned) {
      set = decided(returned.stage(), "RETURNED", returned.reason(), envelope);
    } else {
      return List.of();
    }
    return List.of(
        OncePerSequence.update(
            envelope.subject(), "lastSequence", envelope.sequence(), new Document("$set", set)));
  }

  private static Document decided(
      int stage, String outcome, String reason, EventEnvelope envelope) {
    String prefix = "stages." + stage + ".";
    return new Document("waitingFor", null)
        .append(prefix + "outcome", outcome)
        .append(prefix + "reason", reason)
        .append(prefix + "decidedAt", envelope.storedAt().toString());
  }
}
