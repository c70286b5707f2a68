package org.liandong.query.typicalcases;

import java.util.List;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/** Typical cases as listed, and as a spreadsheet: a row per case, both languages side by side. */
record TypicalCaseList(List<TypicalCaseView> items) implements Tabular {

  @Override
  public String fileName() {
    return "typical-cases";
  }

  @Override
  public List<Table> tables() {
    Table.Builder table =
        Table.named(
            "typicalCases",
            "typicalCaseId",
            "status",
            "publishedOn",
            "year",
            "campaign",
            "right",
            "region",
            "department",
            "report",
            "titleZh",
            "titleEn",
            "narrativeZh",
            "narrativeEn");
    for (TypicalCaseView view : items) {
      table.row(
          view.typicalCaseId(),
          view.status().name(),
          view.publishedOn() == null ? null : view.publishedOn().toString(),
          view.year(),
          view.campaign(),
          view.right(),
          view.regionCode(),
          view.department().code(),
          view.report(),
          view.title().zh(),
          view.title().en(),
          view.narrative().zh(),
          view.narrative().en());
    }
    return List.of(table.build());
  }
}
