package org.liandong.query.reports;

import java.util.List;
import org.bson.Document;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.api.Table;
import org.liandong.query.api.Tabular;

/** Reports of the ledger as a spreadsheet; the figures of each kind stay together as JSON. */
record ReportRows(String fileName, List<Document> reports) implements Tabular {

  private static final String[] COLUMNS = {
    "campaignId",
    "reportId",
    "kind",
    "status",
    "version",
    "department",
    "departmentNameZh",
    "region",
    "regionNameZh",
    "occurredOn",
    "reportedBy",
    "reportedAt",
    "late",
    "cooperatingDepartments",
    "category",
    "figures"
  };

  @Override
  public List<Table> tables() {
    Table.Builder table = Table.named("reports", COLUMNS);
    ReferenceData reference = ReferenceData.instance();
    for (Document report : reports) {
      String department = report.getString("department");
      String region = report.getString("region");
      table.row(
          report.getString("campaignId"),
          report.getString("reportId"),
          report.getString("kind"),
          report.getString("status"),
          report.get("version"),
          department,
          reference.department(department).map(ReferenceEntry::nameZh).orElse(""),
          region,
          reference.region(region).map(ReferenceEntry::nameZh).orElse(""),
          report.getString("occurredOn"),
          report.getString("reportedBy"),
          report.getString("reportedAt"),
          report.getBoolean("late", false),
          String.join(";", report.getList("cooperatingDepartments", String.class, List.of())),
          report.get("category") == null ? "" : report.getString("category"),
          report.get("figures", new Document()).toJson());
    }
    return List.of(table.build());
  }
}
