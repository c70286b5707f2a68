package org.liandong.query.releases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;

/**
 * A figure of a release that stands otherwise now: what the release published, what the reports now
 * add up to, and the reports that make the difference (recorded after the cut-off, or corrected or
 * retracted since), each with what it added then and adds now. The release itself never changes.
 *
 * @param figure the figure's field name
 */
public record Adjustment(
    String figure,
    BigDecimal released,
    BigDecimal current,
    BigDecimal difference,
    List<Change> reports) {

  /**
   * One report's part in the difference.
   *
   * @param released what it added as of the cut-off; zero if it was not recorded yet
   * @param current what it adds now; zero if it was retracted since
   */
  public record Change(
      String campaignId, String reportId, BigDecimal released, BigDecimal current) {}

  /** Every figure whose reports add up otherwise now than at the cut-off, in figure order. */
  static List<Adjustment> between(List<FieldReport> atCutOff, List<FieldReport> now) {
    Map<String, FieldReport> then = byId(atCutOff);
    Map<String, FieldReport> current = byId(now);
    Map<String, FieldReport> all = new TreeMap<>(then);
    all.putAll(current);
    List<Adjustment> adjustments = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      List<Change> changes = new ArrayList<>();
      all.forEach(
          (id, report) -> {
            long before = added(then.get(id), figure);
            long after = added(current.get(id), figure);
            if (before != after) {
              changes.add(
                  new Change(
                      report.campaignId().value(),
                      report.reportId().value(),
                      value(figure, before),
                      value(figure, after)));
            }
          });
      if (!changes.isEmpty()) {
        adjustments.add(adjustment(figure, atCutOff, now, changes));
      }
    }
    return adjustments;
  }

  private static Adjustment adjustment(
      Figure figure, List<FieldReport> atCutOff, List<FieldReport> now, List<Change> changes) {
    BigDecimal released = value(figure, sum(atCutOff, figure));
    BigDecimal current = value(figure, sum(now, figure));
    return new Adjustment(figure.field(), released, current, current.subtract(released), changes);
  }

  private static Map<String, FieldReport> byId(List<FieldReport> reports) {
    Map<String, FieldReport> byId = new TreeMap<>();
    reports.forEach(
        report -> byId.put(report.campaignId().value() + "/" + report.reportId().value(), report));
    return byId;
  }

  private static long sum(List<FieldReport> reports, Figure figure) {
    return reports.stream().mapToLong(report -> added(report, figure)).sum();
  }

  private static long added(FieldReport report, Figure figure) {
    return report == null ? 0L : report.figures().getOrDefault(figure, 0L);
  }

  /** A counter as the API shows it: a whole number, or yuan from fen. */
  private static BigDecimal value(Figure figure, long counter) {
    return figure.measure() == Figure.Measure.YUAN
        ? BigDecimal.valueOf(counter, 2)
        : BigDecimal.valueOf(counter);
  }
}
