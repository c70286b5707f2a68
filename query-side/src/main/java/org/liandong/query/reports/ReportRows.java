package org.liandong.query.reports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/**
 * Reports of the ledger as a spreadsheet: a column for each figure any kind of report has (empty
 * where a kind has none), named as in the report's JSON, a nested one by its path ({@code
 * quantity.amount}).
 */
record ReportRows(String fileName, List<LedgerRow> reports) implements Tabular {

  /** What every report has, and the category of a seizure, kept flat: not figures of a kind. */
  private static final Set<String> COMMON = common();

  private static final List<String> FIGURES = figureColumns();

  /** The ledger's own fields by their names in the JSON, and the names of the codes in Chinese. */
  private static final String[] COLUMNS = {
    LedgerRow.CAMPAIGN_ID,
    LedgerRow.REPORT_ID,
    LedgerRow.KIND,
    LedgerRow.STATUS,
    LedgerRow.VERSION,
    LedgerRow.DEPARTMENT,
    "departmentNameZh",
    LedgerRow.REGION,
    "regionNameZh",
    LedgerRow.OCCURRED_ON,
    LedgerRow.REPORTED_BY,
    LedgerRow.NOTES,
    LedgerRow.REPORTED_AT,
    LedgerRow.LATE,
    LedgerRow.COOPERATING_DEPARTMENTS,
    LedgerRow.CATEGORY
  };

  @Override
  public List<Table> tables() {
    List<String> columns = new ArrayList<>(List.of(COLUMNS));
    columns.addAll(FIGURES);
    Table.Builder table = Table.named("reports", columns.toArray(String[]::new));
    ReferenceData reference = ReferenceData.instance();
    for (LedgerRow report : reports) {
      String department = text(report.department());
      String region = text(report.region());
      table.row(
          text(report.campaignId()),
          text(report.reportId()),
          report.kind(),
          text(report.status()),
          report.version(),
          department,
          reference.department(department).map(ReferenceEntry::nameZh).orElse(""),
          region,
          reference.region(region).map(ReferenceEntry::nameZh).orElse(""),
          text(report.occurredOn()),
          report.reportedBy(),
          report.notes(),
          text(report.reportedAt()),
          report.late(),
          String.join(
              ";", report.cooperatingDepartments().stream().map(DepartmentCode::value).toList()),
          report.category() == null ? "" : report.category().value(),
          figures(report.figures() == null ? Map.of() : report.figures()));
    }
    return List.of(table.build());
  }

  private static List<Object> figures(Map<String, Object> figures) {
    List<Object> cells = new ArrayList<>();
    for (String column : FIGURES) {
      Object value = figures;
      for (String key : column.split("\\.")) {
        value = value instanceof Map<?, ?> parts ? parts.get(key) : null;
      }
      cells.add(value);
    }
    return cells;
  }

  private static Set<String> common() {
    Set<String> common = new HashSet<>(LedgerRow.HEADER);
    common.add(LedgerRow.CATEGORY);
    return Set.copyOf(common);
  }

  /** Ids, codes, dates and moments as the JSON writes them; null stays null. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /**
   * The fields of every kind of report beyond those every ledger row has, from the report header
   * and each kind's details, whose fields stand side by side in a report's JSON, so that a new kind
   * or field gets its column: a value object of several parts ({@link
   * org.liandong.model.code.Quantity}) a column per part.
   */
  private static List<String> figureColumns() {
    List<Class<?>> records = new ArrayList<>(ReportDetails.kinds());
    records.add(ReportHeader.class);
    Set<String> columns = new LinkedHashSet<>();
    for (Class<?> record : records) {
      for (RecordComponent component : record.getRecordComponents()) {
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
