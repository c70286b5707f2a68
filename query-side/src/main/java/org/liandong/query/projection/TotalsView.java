package org.liandong.query.projection;

import java.math.BigDecimal;
import org.bson.Document;

/** A block of totals as the API shows it: counts, and the value of goods seized in yuan. */
public record TotalsView(
    long reports,
    long lateReports,
    long casesFiled,
    long criminalCases,
    BigDecimal valueInvolvedCny,
    long sitesRaided,
    long seizures,
    BigDecimal goodsValueCny,
    long suspectsArrested,
    long gangsDismantled,
    long websitesClosed,
    long shipmentsIntercepted) {

  public static TotalsView from(Document totals) {
    Document block = totals == null ? new Document() : totals;
    return new TotalsView(
        Numbers.count(block, "reports"),
        Numbers.count(block, "lateReports"),
        Numbers.count(block, "casesFiled"),
        Numbers.count(block, "criminalCases"),
        Numbers.yuan(block, "valueInvolvedFen"),
        Numbers.count(block, "sitesRaided"),
        Numbers.count(block, "seizures"),
        Numbers.yuan(block, "goodsValueFen"),
        Numbers.count(block, "suspectsArrested"),
        Numbers.count(block, "gangsDismantled"),
        Numbers.count(block, "websitesClosed"),
        Numbers.count(block, "shipmentsIntercepted"));
  }
}
