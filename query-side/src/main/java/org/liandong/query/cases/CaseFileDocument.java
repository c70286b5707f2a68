package org.liandong.query.cases;

import static org.liandong.query.projection.Stored.instant;
import static org.liandong.query.projection.Stored.text;
import static org.liandong.query.projection.Stored.texts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;
import org.liandong.query.cases.CaseFileView.Outcome;
import org.liandong.query.projection.Stored;

/**
 * A case file as {@link CaseFileProjection} stores it, one per case, and the one place that names
 * its fields: the projection writes by these paths, {@link CaseFiles} filters by them and reads the
 * document back through {@link #read}.
 *
 * @param holder the department that holds the case: the sender of the last transfer until its
 *     receiver accepts it
 * @param waitingFor the department that is to accept or return it; null once decided
 */
record CaseFileDocument(
    CaseId caseId,
    String title,
    RegionCode region,
    CampaignId campaignId,
    List<ReportId> reports,
    DepartmentCode holder,
    DepartmentCode waitingFor,
    List<Stage> stages) {

  static final String ID = "_id";
  static final String TITLE = "title";
  static final String REGION = "region";
  static final String CAMPAIGN_ID = "campaignId";
  static final String REPORTS = "reports";
  static final String HOLDER = "holder";
  static final String WAITING_FOR = "waitingFor";
  static final String STAGES = "stages";

  /** One transfer of the case and its decision, kept under its stage's number. */
  record Stage(
      int stage,
      TransferId transferId,
      DepartmentCode from,
      DepartmentCode to,
      String note,
      Instant transferredAt,
      Outcome outcome,
      String reason,
      Instant decidedAt) {

    /** The path of a field of a stage. */
    static String path(int stage, String field) {
      return STAGES + "." + stage + "." + field;
    }

    static Stage read(String stage, Document stored) {
      return new Stage(
          Integer.parseInt(stage),
          text(stored, TRANSFER_ID, TransferId::new),
          text(stored, FROM, DepartmentCode::new),
          text(stored, TO, DepartmentCode::new),
          stored.getString(NOTE),
          instant(stored, TRANSFERRED_AT),
          text(stored, OUTCOME, Outcome::valueOf),
          stored.getString(REASON),
          instant(stored, DECIDED_AT));
    }

    // Each component's stored name within its stage, read above and written by the projection.
    static final String TRANSFER_ID = "transferId";
    static final String FROM = "from";
    static final String TO = "to";
    static final String NOTE = "note";
    static final String TRANSFERRED_AT = "transferredAt";
    static final String OUTCOME = "outcome";
    static final String REASON = "reason";
    static final String DECIDED_AT = "decidedAt";
  }

  static CaseFileDocument read(Document stored) {
    Document byStage = Stored.nested(stored, STAGES);
    return new CaseFileDocument(
        text(stored, ID, CaseId::new),
        stored.getString(TITLE),
        text(stored, REGION, RegionCode::new),
        text(stored, CAMPAIGN_ID, CampaignId::new),
        texts(stored, REPORTS, ReportId::new),
        text(stored, HOLDER, DepartmentCode::new),
        text(stored, WAITING_FOR, DepartmentCode::new),
        byStage.keySet().stream()
            .map(stage -> Stage.read(stage, byStage.get(stage, Document.class)))
            .sorted(Comparator.comparingInt(Stage::stage))
            .toList());
  }
}
