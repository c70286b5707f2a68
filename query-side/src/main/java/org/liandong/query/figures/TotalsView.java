package org.liandong.query.figures;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.liandong.model.campaign.Figure;

/**
 * A block of totals as the API shows it: the reports counted, how many of them came late, and each
 * {@link Figure} under its field name, counts as whole numbers and money in yuan.
 */
public final class TotalsView {

  static final String REPORTS = "reports";
  static final String LATE_REPORTS = "lateReports";

  private final long reports;
  private final long lateReports;
  private final Map<Figure, Long> counters;

  private TotalsView(long reports, long lateReports, Map<Figure, Long> counters) {
    this.reports = reports;
    this.lateReports = lateReports;
    this.counters = counters;
  }

  /** The totals of a block of counters kept by {@link ReportIncrements}; null reads as none. */
  public static TotalsView from(Document totals) {
    Document block = totals == null ? new Document() : totals;
    Map<Figure, Long> counters = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      counters.put(figure, Numbers.count(block, figure.counter()));
    }
    return new TotalsView(
        Numbers.count(block, REPORTS), Numbers.count(block, LATE_REPORTS), counters);
  }

  @JsonProperty
  public long reports() {
    return reports;
  }

  @JsonProperty
  public long lateReports() {
    return lateReports;
  }

  /** A figure as the API shows it: a whole number, or yuan with two decimals. */
  public Number value(Figure figure) {
    long counter = counters.get(figure);
    return figure.measure() == Figure.Measure.YUAN ? BigDecimal.valueOf(counter, 2) : counter;
  }

  /** A figure that counts things. */
  public long count(Figure figure) {
    if (figure.measure() != Figure.Measure.COUNT) {
      throw new IllegalArgumentException(figure + " is an amount of money");
    }
    return counters.get(figure);
  }

  /** A figure as a decimal, for comparing it with a target. */
  public BigDecimal amount(Figure figure) {
    Number value = value(figure);
    return value instanceof BigDecimal yuan ? yuan : BigDecimal.valueOf(value.longValue());
  }

  /** Every figure under its field name, in the order of {@link Figure}. */
  @JsonAnyGetter
  public Map<String, Number> figures() {
    Map<String, Number> figures = new LinkedHashMap<>();
    for (Figure figure : Figure.values()) {
      figures.put(figure.field(), value(figure));
    }
    return figures;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotalsView that
        && reports == that.reports
        && lateReports == that.lateReports
        && counters.equals(that.counters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reports, lateReports, counters);
  }

  @Override
  public String toString() {
    return "TotalsView[reports=" + reports + ", lateReports=" + lateReports + ", " + counters + "]";
  }
}
