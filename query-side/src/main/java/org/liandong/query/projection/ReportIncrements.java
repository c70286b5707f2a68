package org.liandong.query.projection;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
 * The counters one field report adds to a block of totals, or takes out again ({@code sign} -1)
 * when a correction replaces it or a retraction withdraws it. Money is counted in fen and
 * quantities in thousandths of their unit, as whole numbers, so that sums are exact in any MongoDB.
 *
 * <p>A block of totals at {@code prefix} holds a counter per figure of {@link TotalsView} (money in
 * fen); a block of category totals holds {@code seizures}, {@code goodsValueFen} and {@code
 * quantitiesMilli.<unit>}.
 */
public final class ReportIncrements {

  private ReportIncrements() {}

  public static void addTotals(Increments inc, String prefix, FieldReport report, int sign) {
    inc.add(prefix + "reports", sign);
    if (report.late()) {
      inc.add(prefix + "lateReports", sign);
    }
    if (report instanceof SiteRaided raid) {
      inc.add(prefix + "sitesRaided", sign * (long) raid.sites());
    } else if (report instanceof GoodsSeized seizure) {
      inc.add(prefix + "seizures", sign);
      inc.add(prefix + "goodsValueFen", sign * valueFen(seizure));
    } else if (report instanceof CaseFiled cases) {
      inc.add(prefix + "casesFiled", sign * (long) cases.cases());
      if (cases.caseKind() == CaseKind.CRIMINAL) {
        inc.add(prefix + "criminalCases", sign * (long) cases.cases());
      }
      if (cases.valueInvolved() != null) {
        inc.add(prefix + "valueInvolvedFen", sign * cases.valueInvolved().fen());
      }
    } else if (report instanceof SuspectsArrested arrests) {
      inc.add(prefix + "suspectsArrested", sign * (long) arrests.suspects());
    } else if (report instanceof GangsDismantled gangs) {
      inc.add(prefix + "gangsDismantled", sign * (long) gangs.gangs());
    } else if (report instanceof WebsitesClosed websites) {
      inc.add(prefix + "websitesClosed", sign * (long) websites.websites());
    } else if (report instanceof ShipmentsIntercepted shipments) {
      inc.add(prefix + "shipmentsIntercepted", sign * (long) shipments.shipments());
    }
  }

  /** Adds the category counters of a seizure; other reports have no category. */
  public static void addCategory(Increments inc, String prefix, FieldReport report, int sign) {
    if (report instanceof GoodsSeized seizure) {
      String category = prefix + seizure.category().value() + ".";
      inc.add(category + "seizures", sign);
      inc.add(category + "goodsValueFen", sign * valueFen(seizure));
      inc.add(
          category + "quantitiesMilli." + seizure.quantity().unit().value(),
          sign * seizure.quantity().amount().movePointRight(3).longValueExact());
    }
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
    addCategory(inc, "byCategory.", report, sign);
  }

  /** The ISO week a report happened in, such as {@code 2020-W33}. */
  private static String isoWeek(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
