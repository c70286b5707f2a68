package org.liandong.query.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.liandong.query.figures.TotalsView;

/**
 * The columns of a table whose rows each come from one value: each column's header beside how its
 * cell is read from the value, so that a column added, removed or moved keeps its header and its
 * cells together.
 *
 * @param <R> what a row is made from
 */
public final class Columns<R> {

  private final List<String> headers;
  private final List<Function<? super R, ?>> cells;

  private Columns(List<String> headers, List<Function<? super R, ?>> cells) {
    this.headers = List.copyOf(headers);
    this.cells = List.copyOf(cells);
  }

  /** No columns yet. */
  public static <R> Columns<R> of() {
    return new Columns<>(List.of(), List.of());
  }

  /** These columns and one more; its cells are text, numbers, booleans, dates or null. */
  public Columns<R> and(String header, Function<? super R, ?> cell) {
    return with(List.of(header), cell);
  }

  /** These columns and the totals columns ({@link Table#TOTALS_COLUMNS}) of each row's totals. */
  public Columns<R> andTotals(Function<? super R, TotalsView> totals) {
    return andEach(Table.TOTALS_COLUMNS, row -> Table.totals(totals.apply(row)));
  }

  /** These columns and several more, whose cells are read together: one for each header. */
  public Columns<R> andEach(List<String> moreHeaders, Function<? super R, List<?>> cells) {
    return with(moreHeaders, cells);
  }

  private Columns<R> with(List<String> moreHeaders, Function<? super R, ?> cell) {
    List<String> allHeaders = new ArrayList<>(headers);
    allHeaders.addAll(moreHeaders);
    List<Function<? super R, ?>> allCells = new ArrayList<>(cells);
    allCells.add(cell);
    return new Columns<>(allHeaders, allCells);
  }

  /** A table of these columns, a row for each value. */
  public Table table(String name, Collection<? extends R> rows) {
    Table.Builder table = Table.named(name, headers.toArray(String[]::new));
    for (R row : rows) {
      table.row(cells.stream().map(cell -> cell.apply(row)).toArray());
    }
    return table.build();
  }
}
