package org.liandong.query.reports;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.api.CsvTable;
import org.springframework.http.ResponseEntity;

/** Reports of the ledger as spreadsheet rows; the figures of each kind stay together as JSON. */
final class ReportRows {

  private static final List<String> COLUMNS =
      List.of(
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
          "figures");

  private ReportRows() {}

  static ResponseEntity<byte[]> csv(String filename, List<Document> reports) {
    List<List<Object>> rows = new ArrayList<>();
    ReferenceData reference = ReferenceData.instance();
    for (Document report : reports) {
      String department = report.getString("department");
      String region = report.getString("region");
      rows.add(
          List.of(
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
              report.get("figures", new Document()).toJson()));
    }
    return CsvTable.of(filename, COLUMNS, rows);
  }
}
