package org.liandong.query.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.figures.Names;

/**
 * A case as the API shows it. Each stage tells how long it took from transfer to decision, or,
 * while undecided, how long it has waited so far ({@code secondsSoFar} at the moment of reading).
 */
public record CaseFileView(
    CaseId caseId,
    String title,
    ReferenceEntry region,
    CampaignId campaignId,
    List<ReportId> reports,
    ReferenceEntry holder,
    ReferenceEntry waitingFor,
    List<Stage> stages) {

  /** What the receiving department decided on a transfer. */
  public enum Outcome {
    ACCEPTED,
    RETURNED
  }

  public record Stage(
      int stage,
      TransferId transferId,
      ReferenceEntry from,
      ReferenceEntry to,
      String note,
      Instant transferredAt,
      Outcome outcome,
      String reason,
      Instant decidedAt,
      long seconds) {}

  /** The departments that sent or received the case at some stage. */
  Set<DepartmentCode> departments() {
    Set<DepartmentCode> departments = new HashSet<>();
    for (Stage stage : stages) {
      departments.add(new DepartmentCode(stage.from().code()));
      departments.add(new DepartmentCode(stage.to().code()));
    }
    return departments;
  }

  static CaseFileView from(CaseFileDocument stored, Instant now) {
    return new CaseFileView(
        stored.caseId(),
        stored.title(),
        Names.region(code(stored.region())),
        stored.campaignId(),
        stored.reports(),
        Names.department(code(stored.holder())),
        Names.department(code(stored.waitingFor())),
        stored.stages().stream().map(stage -> stage(stage, now)).toList());
  }

  private static Stage stage(CaseFileDocument.Stage stored, Instant now) {
    Instant until = stored.decidedAt() == null ? now : stored.decidedAt();
    return new Stage(
        stored.stage(),
        stored.transferId(),
        Names.department(code(stored.from())),
        Names.department(code(stored.to())),
        stored.note(),
        stored.transferredAt(),
        stored.outcome(),
        stored.reason(),
        stored.decidedAt(),
        Duration.between(stored.transferredAt(), until).toSeconds());
  }

  private static String code(Object code) {
    return code == null ? null : code.toString();
  }
}
