package org.liandong.query.cases;

import java.util.List;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/** Cases as a spreadsheet: a row per stage of each case, with its time spent. */
public record CaseList(String fileName, List<CaseFileView> cases) implements Tabular {

  @Override
  public List<Table> tables() {
    return List.of(stages(cases));
  }

  /** The "cases" table: a row per stage, the case's own fields repeated on each. */
  public static Table stages(List<CaseFileView> cases) {
    Table.Builder table =
        Table.named(
            "cases",
            "caseId",
            "title",
            "region",
            "campaignId",
            "holder",
            "waitingFor",
            "stage",
            "transferId",
            "from",
            "to",
            "transferredAt",
            "outcome",
            "reason",
            "decidedAt",
            "seconds");
    for (CaseFileView file : cases) {
      for (CaseFileView.Stage stage : file.stages()) {
        table.row(
            text(file.caseId()),
            file.title(),
            code(file.region()),
            text(file.campaignId()),
            code(file.holder()),
            code(file.waitingFor()),
            stage.stage(),
            text(stage.transferId()),
            code(stage.from()),
            code(stage.to()),
            text(stage.transferredAt()),
            text(stage.outcome()),
            stage.reason(),
            text(stage.decidedAt()),
            stage.seconds());
      }
    }
    return table.build();
  }

  /** Ids, moments and outcomes as the JSON writes them. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String code(ReferenceEntry entry) {
    return entry == null ? null : entry.code();
  }
}
