package org.liandong.query.reports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/**
 * Reports of the ledger as a spreadsheet: a column for each figure any kind of report has (empty
 * where a kind has none), named as in the report's JSON, a nested one by its path ({@code
 * quantity.amount}).
 */
record ReportRows(String fileName, List<Document> reports) implements Tabular {

  /** What every report has: not figures of a kind. */
  private static final Set<String> COMMON =
      Set.of(
          "campaignId",
          "reportId",
          "department",
          "region",
          "occurredOn",
          "reportedBy",
          "late",
          "cooperatingDepartments",
          "category");

  private static final List<String> FIGURES = figureColumns();

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
    "category"
  };

  @Override
  public List<Table> tables() {
    List<String> columns = new ArrayList<>(List.of(COLUMNS));
    columns.addAll(FIGURES);
    Table.Builder table = Table.named("reports", columns.toArray(String[]::new));
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
          figures(report.get("figures", new Document())));
    }
    return List.of(table.build());
  }

  private static List<Object> figures(Document figures) {
    List<Object> cells = new ArrayList<>();
    for (String column : FIGURES) {
      Object value = figures;
      for (String key : column.split("\\.")) {
        value = value instanceof Document document ? document.get(key) : null;
      }
      cells.add(value);
    }
    return cells;
  }

  /**
   * The figures of every kind of report, from the report events themselves, so that a new kind or
   * figure gets its column: a value object of several parts ({@link
   * org.liandong.model.campaign.Quantity}) a column per part.
   */
  private static List<String> figureColumns() {
    Set<String> columns = new LinkedHashSet<>();
    for (Class<?> kind : FieldReport.class.getPermittedSubclasses()) {
      for (RecordComponent component : kind.getRecordComponents()) {
        if (COMMON.contains(component.getName())) {
          continue;
        }
        Class<?> type = component.getType();
        if (type.isRecord() && type.getRecordComponents().length > 1) {
          for (RecordComponent part : type.getRecordComponents()) {
            columns.add(component.getName() + "." + part.getName());
          }
        } else {
          columns.add(component.getName());
        }
      }
    }
    return List.copyOf(columns);
  }
}
