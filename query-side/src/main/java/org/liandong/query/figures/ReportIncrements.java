package org.liandong.query.figures;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.GoodsSeized;

/**
 * The counters one field report adds to a block of totals, or takes out again ({@code sign} -1)
 * when a correction replaces it or a retraction withdraws it. Money is counted in fen and
 * quantities in thousandths of their unit, as whole numbers, so that sums are exact in any MongoDB.
 *
 * <p>A block of totals at {@code prefix} holds {@code reports}, {@code lateReports} and a counter
 * per {@link org.liandong.model.campaign.Figure} the report adds (money in fen); a block of
 * category totals holds {@code seizures}, {@code goodsValueFen} and {@code quantitiesMilli.<unit>}.
 */
public final class ReportIncrements {

  /** Where cases filed without a stated right are counted in a breakdown by right. */
  public static final String NO_RIGHT = "NOT_STATED";

  private ReportIncrements() {}

  public static void addTotals(Increments inc, String prefix, FieldReport report, int sign) {
    inc.add(prefix + "reports", sign);
    if (report.late()) {
      inc.add(prefix + "lateReports", sign);
    }
    report.figures().forEach((figure, value) -> inc.add(prefix + figure.counter(), sign * value));
  }

  /**
   * Adds what a report adds under its kind of goods or of right, below {@code scope}: a seizure to
   * its goods category ({@code byCategory.}), a case filed to the right it concerns ({@code
   * byRight.}, {@value #NO_RIGHT} when none is stated).
   */
  public static void addGoodsAndRights(Increments inc, String scope, FieldReport report, int sign) {
    if (report instanceof GoodsSeized seizure) {
      addCategory(inc, scope + "byCategory.", seizure, sign);
    } else if (report instanceof CaseFiled cases) {
      String right = cases.right() == null ? NO_RIGHT : cases.right().name();
      addTotals(inc, scope + "byRight." + right + ".", report, sign);
    }
  }

  private static void addCategory(Increments inc, String prefix, GoodsSeized seizure, int sign) {
    String category = prefix + seizure.category().value() + ".";
    inc.add(category + "seizures", sign);
    inc.add(category + "goodsValueFen", sign * valueFen(seizure));
    inc.add(
        category + "quantitiesMilli." + seizure.quantity().unit().value(),
        sign * seizure.quantity().amount().movePointRight(3).longValueExact());
  }

  /** A seizure whose value was not estimated adds nothing to the value. */
  private static long valueFen(GoodsSeized seizure) {
    return seizure.estimatedValue() == null ? 0L : seizure.estimatedValue().fen();
  }

  /**
   * What a report adds to (or, with sign -1, takes from) a campaign's figures: its totals and their
   * breakdowns by department, region, ISO week and category.
   */
  public static void addBreakdown(Increments inc, FieldReport report, int sign) {
    addTotals(inc, "totals.", report, sign);
    addTotals(inc, "byDepartment." + report.department().value() + ".", report, sign);
    addTotals(inc, "byRegion." + report.region().value() + ".", report, sign);
    addTotals(inc, "byWeek." + isoWeek(report.occurredOn()) + ".", report, sign);
    addGoodsAndRights(inc, "", report, sign);
  }

  /** The ISO week a report happened in, such as {@code 2020-W33}. */
  private static String isoWeek(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
