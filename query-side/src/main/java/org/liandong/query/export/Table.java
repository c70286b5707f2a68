package org.liandong.query.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liandong.model.campaign.Figure;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.figures.TotalsView;

/**
 * A table of a view, for spreadsheet downloads: named columns, and rows of plain values (text,
 * whole numbers, decimals in yuan, booleans; empty cells are null).
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  /** The columns of a block of totals, as {@link #totals} fills them: counts, then each figure. */
  public static final List<String> TOTALS_COLUMNS = totalsColumns();

  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A table being filled row by row. */
  public static Builder named(String name, String... columns) {
    return new Builder(name, List.of(columns));
  }

  /** A table with the given leading columns followed by the totals columns. */
  public static Builder ofTotals(String name, String... leading) {
    List<String> columns = new ArrayList<>(Arrays.asList(leading));
    columns.addAll(TOTALS_COLUMNS);
    return new Builder(name, columns);
  }

  public static List<Object> totals(TotalsView totals) {
    List<Object> cells = new ArrayList<>(List.of(totals.reports(), totals.lateReports()));
    cells.addAll(totals.figures().values());
    return cells;
  }

  private static List<String> totalsColumns() {
    List<String> columns = new ArrayList<>(List.of("reports", "lateReports"));
    Arrays.stream(Figure.values()).map(Figure::field).forEach(columns::add);
    return List.copyOf(columns);
  }

  /** Code, Chinese and English name of a reference entry, or three empty cells. */
  public static List<Object> named(ReferenceEntry entry) {
    return entry == null
        ? Arrays.asList(null, null, null)
        : List.of(entry.code(), entry.nameZh(), entry.nameEn());
  }

  public static final class Builder {

    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
    }

    /** Adds a row from cells and lists of cells, in column order. */
    public Builder row(Object... cells) {
      List<Object> row = new ArrayList<>();
      for (Object cell : cells) {
        if (cell instanceof List<?> list) {
          row.addAll(list);
        } else {
          row.add(cell);
        }
      }
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            name + ": " + row.size() + " cells for " + columns.size() + " columns");
      }
      rows.add(row);
      return this;
    }

    public Table build() {
      return new Table(name, columns, rows);
    }
  }
}
