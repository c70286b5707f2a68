package org.liandong.query.reports;

import static org.liandong.query.projection.Stored.instant;
import static org.liandong.query.projection.Stored.text;
import static org.liandong.query.projection.Stored.texts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * One report of the ledger, as {@link ReportLedgerProjection} stores it and the ledger API lists
 * it, and the one place that names its fields: the projection writes by these paths, the filters
 * ({@link ReportFilter}, the reader's scope) match by them, and {@link #read} reads a stored one
 * back. The fields a correction may change are kept flat, for filtering; the whole report as it
 * stands is kept in the contract's JSON ({@code report}), from which it can be read back as it was.
 *
 * @param category the goods category of a seizure; null for other kinds
 * @param figures the report's own fields beyond those every report has, as in its JSON
 * @param notes the reporter's notes, text of the header rather than a figure
 * @param involvedDepartments the departments it has concerned in any of its versions
 * @param corrections absent until it was corrected
 * @param retraction the reason it was retracted for; absent unless it was
 */
record LedgerRow(
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    List<DepartmentCode> cooperatingDepartments,
    CategoryCode category,
    Map<String, Object> figures,
    String report,
    CampaignId campaignId,
    ReportId reportId,
    String kind,
    String reportedBy,
    String notes,
    Instant reportedAt,
    boolean late,
    int version,
    Status status,
    List<DepartmentCode> involvedDepartments,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Correction> corrections,
    @JsonInclude(JsonInclude.Include.NON_NULL) String retraction,
    @JsonInclude(JsonInclude.Include.NON_NULL) Instant retractedAt) {

  static final String ID = "_id";
  static final String DEPARTMENT = "department";
  static final String REGION = "region";
  static final String OCCURRED_ON = "occurredOn";
  static final String COOPERATING_DEPARTMENTS = "cooperatingDepartments";
  static final String CATEGORY = "category";
  static final String FIGURES = "figures";
  static final String REPORT = "report";
  static final String CAMPAIGN_ID = "campaignId";
  static final String REPORT_ID = "reportId";
  static final String KIND = "kind";
  static final String REPORTED_BY = "reportedBy";
  static final String NOTES = "notes";
  static final String REPORTED_AT = "reportedAt";
  static final String LATE = "late";
  static final String VERSION = "version";
  static final String STATUS = "status";
  static final String INVOLVED_DEPARTMENTS = "involvedDepartments";
  static final String CORRECTIONS = "corrections";
  static final String RETRACTION = "retraction";
  static final String RETRACTED_AT = "retractedAt";

  /**
   * What every report has, under the same names in its JSON and here: kept as fields of their own,
   * not among its figures.
   */
  static final Set<String> HEADER =
      Set.of(
          CAMPAIGN_ID,
          REPORT_ID,
          DEPARTMENT,
          REGION,
          OCCURRED_ON,
          REPORTED_BY,
          NOTES,
          LATE,
          COOPERATING_DEPARTMENTS);

  /** Whether the report stands or was retracted. */
  enum Status {
    ACTIVE,
    RETRACTED
  }

  /**
   * One correction: the version it made, why, when, and what it replaced.
   *
   * @param replaced the figures of the version replaced
   * @param replacedReport the version replaced, in the contract's JSON
   */
  record Correction(
      int version,
      String reason,
      Instant correctedAt,
      Map<String, Object> replaced,
      String replacedReport) {

    static final String REASON = "reason";
    static final String CORRECTED_AT = "correctedAt";
    static final String REPLACED = "replaced";
    static final String REPLACED_REPORT = "replacedReport";

    static Correction read(Document stored) {
      return new Correction(
          stored.getInteger(VERSION),
          stored.getString(REASON),
          instant(stored, CORRECTED_AT),
          withoutNotes(stored.get(REPLACED, Document.class)),
          stored.getString(REPLACED_REPORT));
    }
  }

  /** The id of a report's row: its campaign's and its own, as a report id is a campaign's. */
  static String id(String campaignId, String reportId) {
    return campaignId + "/" + reportId;
  }

  static LedgerRow read(Document stored) {
    List<Document> corrections = stored.getList(CORRECTIONS, Document.class);
    Document figures = stored.get(FIGURES, Document.class);
    return new LedgerRow(
        text(stored, DEPARTMENT, DepartmentCode::new),
        text(stored, REGION, RegionCode::new),
        text(stored, OCCURRED_ON, LocalDate::parse),
        texts(stored, COOPERATING_DEPARTMENTS, DepartmentCode::new),
        text(stored, CATEGORY, CategoryCode::new),
        withoutNotes(figures),
        stored.getString(REPORT),
        text(stored, CAMPAIGN_ID, CampaignId::new),
        text(stored, REPORT_ID, ReportId::new),
        stored.getString(KIND),
        stored.getString(REPORTED_BY),
        stored.containsKey(NOTES) || figures == null
            ? stored.getString(NOTES)
            : figures.getString(NOTES),
        instant(stored, REPORTED_AT),
        stored.getBoolean(LATE, false),
        stored.getInteger(VERSION, 1),
        text(stored, STATUS, Status::valueOf),
        texts(stored, INVOLVED_DEPARTMENTS, DepartmentCode::new),
        corrections == null ? null : corrections.stream().map(Correction::read).toList(),
        stored.getString(RETRACTION),
        instant(stored, RETRACTED_AT));
  }

  /**
   * A report's figures without its notes. Rows written before the notes had a field of their own
   * kept them among the figures (and those of the versions they replaced); such rows are read as a
   * row written now, their notes from there, so that the ledger needs no rebuild.
   */
  private static Document withoutNotes(Document figures) {
    if (figures == null || !figures.containsKey(NOTES)) {
      return figures;
    }
    Document without = new Document(figures);
    without.remove(NOTES);
    return without;
  }
}
