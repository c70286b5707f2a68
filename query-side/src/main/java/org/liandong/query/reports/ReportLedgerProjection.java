package org.liandong.query.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.ReportId;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * Every report as it stands, one document each: what was reported, by whom, when it happened and
 * when it was recorded, its corrections with their reasons, and whether it was retracted. It is
 * what any figure of the other views is made of: listing it with the figure's filters shows the
 * reports behind the figure.
 */
@Component
public class ReportLedgerProjection implements Projection {

  static final String NAME = "reports";
  static final String INVOLVED = "involvedDepartments";

  private static final Bson LATEST_FIRST =
      Indexes.compoundIndex(Indexes.descending("occurredOn"), Indexes.ascending("_id"));

  private static final ObjectMapper JSON = CampaignJson.mapper();

  @Override
  public String name() {
    return NAME;
  }

  /** The ledger is read a campaign or a department at a time, the latest happenings first. */
  @Override
  public List<IndexModel> indexes() {
    return List.of(
        new IndexModel(Indexes.compoundIndex(Indexes.ascending("campaignId"), LATEST_FIRST)),
        new IndexModel(Indexes.compoundIndex(Indexes.ascending("department"), LATEST_FIRST)),
        new IndexModel(Indexes.ascending(INVOLVED)));
  }

  @Override
  public List<WriteModel<Document>> writesFor(EventEnvelope envelope) {
    if (envelope.event() instanceof FieldReport report) {
      return List.of(
          OncePerSequence.insert(
              documentId(envelope, report.reportId()),
              "lastSequence",
              envelope.sequence(),
              version(report)
                  .append("campaignId", report.campaignId().value())
                  .append("reportId", report.reportId().value())
                  .append("kind", report.getClass().getSimpleName())
                  .append("reportedBy", report.reportedBy())
                  .append("reportedAt", envelope.storedAt().toString())
                  .append("late", report.late())
                  .append("version", 1)
                  .append("status", "ACTIVE")
                  .append(INVOLVED, involved(report))));
    }
    ReportId reportId;
    Document update;
    if (envelope.event() instanceof ReportCorrected correction) {
      reportId = correction.reportId();
      update =
          new Document(
                  "$set", version(correction.corrected()).append("version", correction.version()))
              .append(
                  "$push",
                  new Document(
                      "corrections",
                      new Document("version", correction.version())
                          .append("reason", correction.reason())
                          .append("correctedAt", envelope.storedAt().toString())
                          .append("replaced", figures(correction.previous()))
                          .append("replacedReport", json(correction.previous()))))
              .append(
                  "$addToSet",
                  new Document(INVOLVED, new Document("$each", involved(correction.corrected()))));
    } else if (envelope.event() instanceof ReportRetracted retraction) {
      reportId = retraction.reportId();
      update =
          new Document(
              "$set",
              new Document("status", "RETRACTED")
                  .append("retraction", retraction.reason())
                  .append("retractedAt", envelope.storedAt().toString()));
    } else {
      return List.of();
    }
    return List.of(
        OncePerSequence.update(
            documentId(envelope, reportId), "lastSequence", envelope.sequence(), update));
  }

  private static String documentId(EventEnvelope envelope, ReportId reportId) {
    return envelope.subject() + "/" + reportId.value();
  }

  /**
   * The departments a report has concerned in any of its versions, the reporting one and those of
   * the joint operation: a department's figures as of a past moment are counted from these.
   */
  private static List<String> involved(FieldReport report) {
    List<String> departments = new ArrayList<>(List.of(report.department().value()));
    report.cooperatingDepartments().forEach(department -> departments.add(department.value()));
    return departments;
  }

  /** The fields a correction may change, flat for filtering, and the whole report as figures. */
  private static Document version(FieldReport report) {
    return new Document("department", report.department().value())
        .append("region", report.region().value())
        .append("occurredOn", report.occurredOn().toString())
        .append(
            "cooperatingDepartments",
            report.cooperatingDepartments().stream().map(DepartmentCode::value).toList())
        .append(
            "category",
            report.details() instanceof GoodsSeizure seizure ? seizure.category().value() : null)
        .append("figures", figures(report))
        .append("report", json(report));
  }

  /** The whole report in the contract's JSON, from which it can be read back as it was. */
  static String json(FieldReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report " + report.reportId(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Document figures(FieldReport report) {
    Map<String, Object> all = JSON.convertValue(report, Map.class);
    for (String common :
        new String[] {
          "campaignId",
          "reportId",
          "department",
          "region",
          "occurredOn",
          "reportedBy",
          "late",
          "cooperatingDepartments"
        }) {
      all.remove(common);
    }
    return new Document(all);
  }
}
