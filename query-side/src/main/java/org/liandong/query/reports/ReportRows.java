package org.liandong.query.reports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.export.Columns;
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

  /**
   * The ledger's own fields by their names in the JSON, the names of the codes in Chinese, then the
   * figures.
   */
  private static final Columns<LedgerRow> COLUMNS =
      Columns.<LedgerRow>of()
          .and(LedgerRow.CAMPAIGN_ID, report -> text(report.campaignId()))
          .and(LedgerRow.REPORT_ID, report -> text(report.reportId()))
          .and(LedgerRow.KIND, LedgerRow::kind)
          .and(LedgerRow.STATUS, report -> text(report.status()))
          .and(LedgerRow.VERSION, LedgerRow::version)
          .and(LedgerRow.DEPARTMENT, report -> text(report.department()))
          .and(
              "departmentNameZh",
              report -> nameZh(ReferenceData.instance()::department, report.department()))
          .and(LedgerRow.REGION, report -> text(report.region()))
          .and("regionNameZh", report -> nameZh(ReferenceData.instance()::region, report.region()))
          .and(LedgerRow.OCCURRED_ON, report -> text(report.occurredOn()))
          .and(LedgerRow.REPORTED_BY, LedgerRow::reportedBy)
          .and(LedgerRow.NOTES, LedgerRow::notes)
          .and(LedgerRow.REPORTED_AT, report -> text(report.reportedAt()))
          .and(LedgerRow.LATE, LedgerRow::late)
          .and(
              LedgerRow.COOPERATING_DEPARTMENTS,
              report ->
                  String.join(
                      ";",
                      report.cooperatingDepartments().stream().map(DepartmentCode::value).toList()))
          .and(
              LedgerRow.CATEGORY,
              report -> report.category() == null ? "" : report.category().value())
          .andEach(
              FIGURES, report -> figures(report.figures() == null ? Map.of() : report.figures()));

  @Override
  public List<Table> tables() {
    return List.of(COLUMNS.table("reports", reports));
  }

  /** The Chinese name of a code in the reference data; empty for one it does not name. */
  private static String nameZh(Function<String, Optional<ReferenceEntry>> lookup, Object code) {
    return code == null ? "" : lookup.apply(code.toString()).map(ReferenceEntry::nameZh).orElse("");
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
