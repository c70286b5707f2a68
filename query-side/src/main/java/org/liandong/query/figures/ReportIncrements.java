package org.liandong.query.figures;

import static org.liandong.query.figures.FigureBlocks.path;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.liandong.model.campaign.CaseFiling;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.GoodsSeizure;

/**
 * The counters one field report adds to a block of totals, or takes out again ({@code sign} -1)
 * when a correction replaces it or a retraction withdraws it. Money is counted in fen and
 * quantities in thousandths of their unit, as whole numbers, so that sums are exact in any MongoDB.
 *
 * <p>A block of totals holds {@code reports}, {@code lateReports} and a counter per {@link
 * org.liandong.model.campaign.Figure} the report adds (money in fen); a block of category totals
 * holds {@code seizures}, {@code goodsValueFen} and {@code quantitiesMilli.<unit>}. The blocks sit
 * under the keys {@link FigureBlocks} names.
 */
public final class ReportIncrements {

  /** Where cases filed without a stated right are counted in a breakdown by right. */
  public static final String NO_RIGHT = "NOT_STATED";

  private ReportIncrements() {}

  /** Adds the report to the block of totals at {@code block}, a dotted path. */
  public static void addTotals(Increments inc, String block, FieldReport report, int sign) {
    inc.add(path(block, TotalsView.REPORTS), sign);
    if (report.late()) {
      inc.add(path(block, TotalsView.LATE_REPORTS), sign);
    }
    report
        .figures()
        .forEach((figure, value) -> inc.add(path(block, figure.counter()), sign * value));
  }

  /**
   * Adds the report to the {@code totals} block at {@code level}, and to its region's; a national
   * figure to the {@code national} block instead, so that it counts in no region.
   */
  public static void addTotalsAndRegion(
      Increments inc, String level, FieldReport report, int sign) {
    addTotals(inc, path(level, FigureBlocks.TOTALS), report, sign);
    String where =
        report.header().national()
            ? FigureBlocks.NATIONAL
            : path(FigureBlocks.BY_REGION, report.region().value());
    addTotals(inc, path(level, where), report, sign);
  }

  /**
   * Adds what a report adds under its kind of goods or of right, below {@code level} (a dotted
   * path, empty for the document's root): a seizure to its goods category, a case filed to the
   * right it concerns ({@value #NO_RIGHT} when none is stated).
   */
  public static void addGoodsAndRights(Increments inc, String level, FieldReport report, int sign) {
    if (report.details() instanceof GoodsSeizure seizure) {
      addCategory(inc, path(level, FigureBlocks.BY_CATEGORY), seizure, sign);
    } else if (rightOf(report) != null) {
      addTotals(inc, path(level, FigureBlocks.BY_RIGHT, rightOf(report)), report, sign);
    }
  }

  /**
   * The right a report is counted under in a breakdown by right: a case filed's, or {@value
   * #NO_RIGHT} when it states none; null for a report of another kind.
   */
  public static String rightOf(FieldReport report) {
    if (report.details() instanceof CaseFiling cases) {
      return cases.right() == null ? NO_RIGHT : cases.right().name();
    }
    return null;
  }

  /** The goods category a report is counted under: a seizure's; null for other kinds. */
  public static String categoryOf(FieldReport report) {
    return report.details() instanceof GoodsSeizure seizure ? seizure.category().value() : null;
  }

  private static void addCategory(
      Increments inc, String byCategory, GoodsSeizure seizure, int sign) {
    String category = path(byCategory, seizure.category().value());
    inc.add(path(category, Breakdowns.SEIZURES), sign);
    inc.add(path(category, Breakdowns.GOODS_VALUE_FEN), sign * valueFen(seizure));
    inc.add(
        path(category, Breakdowns.QUANTITIES_MILLI, seizure.quantity().unit().value()),
        sign * seizure.quantity().amount().movePointRight(3).longValueExact());
  }

  /** A seizure whose value was not estimated adds nothing to the value. */
  private static long valueFen(GoodsSeizure seizure) {
    return seizure.estimatedValue() == null ? 0L : seizure.estimatedValue().fen();
  }

  /**
   * What a report adds to (or, with sign -1, takes from) a campaign's figures: its totals and their
   * breakdowns by department, region, ISO week and category.
   */
  public static void addBreakdown(Increments inc, FieldReport report, int sign) {
    addTotalsAndRegion(inc, "", report, sign);
    addTotals(inc, path(FigureBlocks.BY_DEPARTMENT, report.department().value()), report, sign);
    addTotals(inc, path(FigureBlocks.BY_WEEK, isoWeek(report.occurredOn())), report, sign);
    addGoodsAndRights(inc, "", report, sign);
  }

  /** The ISO week a report happened in, such as {@code 2020-W33}. */
  private static String isoWeek(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
