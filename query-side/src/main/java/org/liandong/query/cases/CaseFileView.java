package org.liandong.query.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.figures.Names;

/**
 * A case as the API shows it. Each stage tells how long it took from transfer to decision, or,
 * while undecided, how long it has waited so far ({@code secondsSoFar} at the moment of reading).
 */
public record CaseFileView(
    String caseId,
    String title,
    ReferenceEntry region,
    String campaignId,
    List<String> reports,
    ReferenceEntry holder,
    ReferenceEntry waitingFor,
    List<Stage> stages) {

  public record Stage(
      int stage,
      String transferId,
      ReferenceEntry from,
      ReferenceEntry to,
      String note,
      String transferredAt,
      String outcome,
      String reason,
      String decidedAt,
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

  static CaseFileView from(Document document, Instant now) {
    List<Stage> stages = new ArrayList<>();
    Document byStage = document.get("stages", new Document());
    for (String key : byStage.keySet()) {
      Document stage = byStage.get(key, Document.class);
      Instant sent = Instant.parse(stage.getString("transferredAt"));
      String decidedAt = stage.getString("decidedAt");
      Instant until = decidedAt == null ? now : Instant.parse(decidedAt);
      stages.add(
          new Stage(
              Integer.parseInt(key),
              stage.getString("transferId"),
              Names.department(stage.getString("from")),
              Names.department(stage.getString("to")),
              stage.getString("note"),
              stage.getString("transferredAt"),
              stage.getString("outcome"),
              stage.getString("reason"),
              decidedAt,
              Duration.between(sent, until).toSeconds()));
    }
    stages.sort(Comparator.comparingInt(Stage::stage));
    return new CaseFileView(
        document.getString("_id"),
        document.getString("title"),
        Names.region(document.getString("region")),
        document.getString("campaignId"),
        document.getList("reports", String.class, List.of()),
        Names.department(document.getString("holder")),
        Names.department(document.getString("waitingFor")),
        stages);
  }
}
