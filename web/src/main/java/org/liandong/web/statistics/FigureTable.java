package org.liandong.web.statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liandong.model.campaign.Figure;

/**
 * A breakdown of a year's figures as a table: a row per region (campaign, department ...), a column
 * per figure that any row has, each cell opening the reports behind it.
 *
 * @param figures the columns: figures' field names, in the order of {@link Figure}
 */
public record FigureTable(List<String> figures, List<Row> rows) {

  /** A row: what it counts ({@code code} in the breakdown's filter) and its cells by column. */
  public record Row(String code, String label, List<Cell> cells) {}

  /**
   * A figure's value with the places it is shown with, and where its reports are listed.
   *
   * @param decimals two for yuan, none for counts
   */
  public record Cell(String figure, BigDecimal value, int decimals, String link) {

    static Cell of(String figure, BigDecimal value, String link) {
      BigDecimal shown = value == null ? BigDecimal.ZERO : value;
      return new Cell(
          figure, shown, FigureTable.decimals(figure), shown.signum() == 0 ? null : link);
    }
  }

  /** One entry of a breakdown, with its totals by figure name. */
  record Entry(String code, String label, Map<String, BigDecimal> totals) {}

  /**
   * The table of a breakdown: the rows' figures by {@code filter} ({@code region} ...), with a
   * column for each figure some row has.
   */
  static FigureTable of(List<Entry> entries, String filter, SourceLinks links) {
    List<String> figures =
        fields().stream()
            .filter(figure -> entries.stream().anyMatch(entry -> nonZero(entry.totals(), figure)))
            .toList();
    List<Row> rows =
        entries.stream()
            .map(
                entry ->
                    new Row(
                        entry.code(),
                        entry.label(),
                        figures.stream()
                            .map(
                                figure ->
                                    Cell.of(
                                        figure,
                                        entry.totals().get(figure),
                                        links.of(figure, filter, entry.code())))
                            .toList()))
            .toList();
    return new FigureTable(figures, rows);
  }

  /** Every figure's field name, in the order of {@link Figure}: the contract's one list. */
  static List<String> fields() {
    return Arrays.stream(Figure.values()).map(Figure::field).toList();
  }

  static boolean nonZero(Map<String, BigDecimal> totals, String figure) {
    BigDecimal value = totals.get(figure);
    return value != null && value.signum() != 0;
  }

  /** Two places for yuan, none for counts; none for a figure the contract does not know. */
  static int decimals(String figure) {
    Optional<Figure> known =
        Arrays.stream(Figure.values()).filter(f -> f.field().equals(figure)).findFirst();
    return known.map(f -> f.measure() == Figure.Measure.YUAN ? 2 : 0).orElse(0);
  }
}
