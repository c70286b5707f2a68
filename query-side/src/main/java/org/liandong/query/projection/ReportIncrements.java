package org.liandong.query.projection;

import org.bson.Document;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.CaseKind;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.GangsDismantled;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.ShipmentsIntercepted;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.campaign.SuspectsArrested;
import org.liandong.model.campaign.WebsitesClosed;

/**
 * The counters one field report adds to a block of totals. Money is counted in fen and quantities
 * in thousandths of their unit, as whole numbers, so that sums are exact in any MongoDB.
 *
 * <p>A block of totals at {@code prefix} holds a counter per figure of {@link TotalsView} (money in
 * fen); a block of category totals holds {@code seizures}, {@code goodsValueFen} and {@code
 * quantitiesMilli.<unit>}.
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
    } else if (report instanceof CaseFiled cases) {
      inc.append(prefix + "casesFiled", (long) cases.cases());
      if (cases.caseKind() == CaseKind.CRIMINAL) {
        inc.append(prefix + "criminalCases", (long) cases.cases());
      }
      if (cases.valueInvolved() != null) {
        inc.append(prefix + "valueInvolvedFen", cases.valueInvolved().fen());
      }
    } else if (report instanceof SuspectsArrested arrests) {
      inc.append(prefix + "suspectsArrested", (long) arrests.suspects());
    } else if (report instanceof GangsDismantled gangs) {
      inc.append(prefix + "gangsDismantled", (long) gangs.gangs());
    } else if (report instanceof WebsitesClosed websites) {
      inc.append(prefix + "websitesClosed", (long) websites.websites());
    } else if (report instanceof ShipmentsIntercepted shipments) {
      inc.append(prefix + "shipmentsIntercepted", (long) shipments.shipments());
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
