package org.liandong.query.cases;

import java.util.List;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.Columns;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/** Cases as a spreadsheet: a row per stage of each case, with its time spent. */
public record CaseList(String fileName, List<CaseFileView> cases) implements Tabular {

  /** One stage of a case: a row of the table, the case's own fields repeated on each. */
  private record StageRow(CaseFileView file, CaseFileView.Stage stage) {}

  private static final Columns<StageRow> COLUMNS =
      Columns.<StageRow>of()
          .and("caseId", row -> text(row.file().caseId()))
          .and("title", row -> row.file().title())
          .and("region", row -> code(row.file().region()))
          .and("campaignId", row -> text(row.file().campaignId()))
          .and("holder", row -> code(row.file().holder()))
          .and("waitingFor", row -> code(row.file().waitingFor()))
          .and("stage", row -> row.stage().stage())
          .and("transferId", row -> text(row.stage().transferId()))
          .and("from", row -> code(row.stage().from()))
          .and("to", row -> code(row.stage().to()))
          .and("transferredAt", row -> text(row.stage().transferredAt()))
          .and("outcome", row -> text(row.stage().outcome()))
          .and("reason", row -> row.stage().reason())
          .and("decidedAt", row -> text(row.stage().decidedAt()))
          .and("seconds", row -> row.stage().seconds());

  @Override
  public List<Table> tables() {
    return List.of(stages(cases));
  }

  /** The "cases" table: a row per stage, the case's own fields repeated on each. */
  public static Table stages(List<CaseFileView> cases) {
    List<StageRow> rows =
        cases.stream()
            .flatMap(file -> file.stages().stream().map(stage -> new StageRow(file, stage)))
            .toList();
    return COLUMNS.table("cases", rows);
  }

  /** Ids, moments and outcomes as the JSON writes them. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String code(ReferenceEntry entry) {
    return entry == null ? null : entry.code();
  }
}
