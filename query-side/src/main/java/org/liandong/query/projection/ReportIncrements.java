package org.liandong.query.projection;

import org.bson.Document;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.SiteRaided;

/**
 * The counters one field report adds to a block of totals. Money is counted in fen and quantities
 * in thousandths of their unit, as whole numbers, so that sums are exact in any MongoDB.
 *
 * <p>A block of totals at {@code prefix} holds {@code reports}, {@code sitesRaided}, {@code
 * seizures}, {@code goodsValueFen} and {@code lateReports}; a block of category totals holds {@code
 * seizures}, {@code goodsValueFen} and {@code quantitiesMilli.<unit>}.
 */
public final class ReportIncrements {

  private ReportIncrements() {}

  public static void addTotals(Document inc, String prefix, FieldReport report) {
    inc.append(prefix + "reports", 1L);
    if (report.late()) {
      inc.append(prefix + "lateReports", 1L);
    }
    if (report instanceof SiteRaided raid) {
      inc.append(prefix + "sitesRaided", (long) raid.sites());
    } else if (report instanceof GoodsSeized seizure) {
      inc.append(prefix + "seizures", 1L);
      inc.append(prefix + "goodsValueFen", valueFen(seizure));
    }
  }

  /** Adds the category counters of a seizure; other reports have no category. */
  public static void addCategory(Document inc, String prefix, FieldReport report) {
    if (report instanceof GoodsSeized seizure) {
      String category = prefix + seizure.category().value() + ".";
      inc.append(category + "seizures", 1L);
      inc.append(category + "goodsValueFen", valueFen(seizure));
      inc.append(
          category + "quantitiesMilli." + seizure.quantity().unit().value(),
          seizure.quantity().amount().movePointRight(3).longValueExact());
    }
  }

  /** A seizure whose value was not estimated adds nothing to the value. */
  private static long valueFen(GoodsSeized seizure) {
    return seizure.estimatedValue() == null ? 0L : seizure.estimatedValue().fen();
  }
}
