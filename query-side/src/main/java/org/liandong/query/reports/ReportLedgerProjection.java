package org.liandong.query.reports;

import static org.liandong.query.reports.LedgerRow.CAMPAIGN_ID;
import static org.liandong.query.reports.LedgerRow.CATEGORY;
import static org.liandong.query.reports.LedgerRow.COOPERATING_DEPARTMENTS;
import static org.liandong.query.reports.LedgerRow.CORRECTIONS;
import static org.liandong.query.reports.LedgerRow.DEPARTMENT;
import static org.liandong.query.reports.LedgerRow.FIGURES;
import static org.liandong.query.reports.LedgerRow.INVOLVED_DEPARTMENTS;
import static org.liandong.query.reports.LedgerRow.KIND;
import static org.liandong.query.reports.LedgerRow.LATE;
import static org.liandong.query.reports.LedgerRow.NOTES;
import static org.liandong.query.reports.LedgerRow.OCCURRED_ON;
import static org.liandong.query.reports.LedgerRow.REGION;
import static org.liandong.query.reports.LedgerRow.REPORT;
import static org.liandong.query.reports.LedgerRow.REPORTED_AT;
import static org.liandong.query.reports.LedgerRow.REPORTED_BY;
import static org.liandong.query.reports.LedgerRow.REPORT_ID;
import static org.liandong.query.reports.LedgerRow.RETRACTED_AT;
import static org.liandong.query.reports.LedgerRow.RETRACTION;
import static org.liandong.query.reports.LedgerRow.STATUS;
import static org.liandong.query.reports.LedgerRow.VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
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
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.liandong.query.reports.LedgerRow.Correction;
import org.liandong.query.reports.LedgerRow.Status;
import org.springframework.stereotype.Component;

/**
 * Every report as it stands, one document each ({@link LedgerRow}): what was reported, by whom,
 * when it happened and when it was recorded, its corrections with their reasons, and whether it was
 * retracted. It is what any figure of the other views is made of: listing it with the figure's
 * filters shows the reports behind the figure.
 */
@Component
public class ReportLedgerProjection implements Projection {

  static final String NAME = "reports";

  private static final Bson LATEST_FIRST =
      Indexes.compoundIndex(Indexes.descending(OCCURRED_ON), Indexes.ascending(LedgerRow.ID));

  private static final ObjectMapper JSON = CampaignJson.mapper();

  @Override
  public String name() {
    return NAME;
  }

  /** The ledger is read a campaign or a department at a time, the latest happenings first. */
  @Override
  public List<IndexModel> indexes() {
    return List.of(
        new IndexModel(Indexes.compoundIndex(Indexes.ascending(CAMPAIGN_ID), LATEST_FIRST)),
        new IndexModel(Indexes.compoundIndex(Indexes.ascending(DEPARTMENT), LATEST_FIRST)),
        new IndexModel(Indexes.ascending(INVOLVED_DEPARTMENTS)));
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    if (envelope.event() instanceof FieldReport report) {
      return List.of(
          OncePerSequence.insert(
              documentId(envelope, report.reportId()),
              OncePerSequence.LAST_SEQUENCE,
              envelope.sequence(),
              version(report)
                  .append(CAMPAIGN_ID, report.campaignId().value())
                  .append(REPORT_ID, report.reportId().value())
                  .append(KIND, report.getClass().getSimpleName())
                  .append(REPORTED_BY, report.reportedBy())
                  .append(REPORTED_AT, envelope.storedAt().toString())
                  .append(LATE, report.late())
                  .append(VERSION, 1)
                  .append(STATUS, Status.ACTIVE.name())
                  .append(INVOLVED_DEPARTMENTS, involved(report))));
    }
    ReportId reportId;
    Document update;
    if (envelope.event() instanceof ReportCorrected correction) {
      reportId = correction.reportId();
      update = corrected(correction, envelope);
    } else if (envelope.event() instanceof ReportRetracted retraction) {
      reportId = retraction.reportId();
      update =
          new Document(
              "$set",
              new Document(STATUS, Status.RETRACTED.name())
                  .append(RETRACTION, retraction.reason())
                  .append(RETRACTED_AT, envelope.storedAt().toString()));
    } else {
      return List.of();
    }
    return List.of(
        OncePerSequence.update(
            documentId(envelope, reportId),
            OncePerSequence.LAST_SEQUENCE,
            envelope.sequence(),
            update));
  }

  /** The new version in place, the replaced one among the corrections. */
  private static Document corrected(ReportCorrected correction, EventEnvelope envelope) {
    return new Document(
            "$set", version(correction.corrected()).append(VERSION, correction.version()))
        .append(
            "$push",
            new Document(
                CORRECTIONS,
                new Document(VERSION, correction.version())
                    .append(Correction.REASON, correction.reason())
                    .append(Correction.CORRECTED_AT, envelope.storedAt().toString())
                    .append(Correction.REPLACED, figures(correction.previous()))
                    .append(Correction.REPLACED_REPORT, json(correction.previous()))))
        .append(
            "$addToSet",
            new Document(
                INVOLVED_DEPARTMENTS, new Document("$each", involved(correction.corrected()))));
  }

  private static String documentId(EventEnvelope envelope, ReportId reportId) {
    return LedgerRow.id(envelope.subject(), reportId.value());
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

  /**
   * The fields a correction may change: those of the header flat (for filtering, and the notes as
   * the text they are), the kind's own fields as figures, and the whole report in its JSON.
   */
  private static Document version(FieldReport report) {
    return new Document(DEPARTMENT, report.department().value())
        .append(REGION, report.header().national() ? null : report.region().value())
        .append(OCCURRED_ON, report.occurredOn().toString())
        .append(
            COOPERATING_DEPARTMENTS,
            report.cooperatingDepartments().stream().map(DepartmentCode::value).toList())
        .append(
            CATEGORY,
            report.details() instanceof GoodsSeizure seizure ? seizure.category().value() : null)
        .append(NOTES, report.notes())
        .append(FIGURES, figures(report))
        .append(REPORT, json(report));
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
    all.keySet().removeAll(LedgerRow.HEADER);
    return new Document(all);
  }
}
