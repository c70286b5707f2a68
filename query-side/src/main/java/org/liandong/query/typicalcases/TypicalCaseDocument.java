package org.liandong.query.typicalcases;

import static org.liandong.query.projection.Stored.instant;
import static org.liandong.query.projection.Stored.text;

import java.time.Instant;
import java.time.LocalDate;
import org.bson.Document;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.publication.Bilingual;

/**
 * A typical case as {@link TypicalCaseProjection} stores it, one per case, and the one place that
 * names its fields: where it stands, who proposed which report, its texts, and when it was
 * proposed, returned or published.
 *
 * @param returnedFor why the office returned it; null unless it stands returned
 * @param publishedOn the day it was published; null until it is
 */
record TypicalCaseDocument(
    String typicalCaseId,
    Status status,
    DepartmentCode department,
    CampaignId campaign,
    ReportId report,
    RightType right,
    Bilingual title,
    Bilingual narrative,
    Instant proposedAt,
    String returnedFor,
    LocalDate publishedOn) {

  /** Where a typical case stands. */
  public enum Status {
    PROPOSED,
    RETURNED,
    PUBLISHED
  }

  static final String ID = "_id";
  static final String STATUS = "status";
  static final String DEPARTMENT = "department";
  static final String CAMPAIGN = "campaign";
  static final String REPORT = "report";
  static final String RIGHT = "right";
  static final String TITLE = "title";
  static final String NARRATIVE = "narrative";
  static final String PROPOSED_AT = "proposedAt";
  static final String RETURNED_FOR = "returnedFor";
  static final String PUBLISHED_ON = "publishedOn";
  private static final String ZH = "zh";
  private static final String EN = "en";

  static Document texts(Bilingual text) {
    return new Document(ZH, text.zh()).append(EN, text.en());
  }

  static TypicalCaseDocument read(Document stored) {
    return new TypicalCaseDocument(
        stored.getString(ID),
        text(stored, STATUS, Status::valueOf),
        text(stored, DEPARTMENT, DepartmentCode::new),
        text(stored, CAMPAIGN, CampaignId::new),
        text(stored, REPORT, ReportId::new),
        text(stored, RIGHT, RightType::valueOf),
        bilingual(stored.get(TITLE, Document.class)),
        bilingual(stored.get(NARRATIVE, Document.class)),
        instant(stored, PROPOSED_AT),
        stored.getString(RETURNED_FOR),
        text(stored, PUBLISHED_ON, LocalDate::parse));
  }

  private static Bilingual bilingual(Document stored) {
    return stored == null ? null : new Bilingual(stored.getString(ZH), stored.getString(EN));
  }
}
