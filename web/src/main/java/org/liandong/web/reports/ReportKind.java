package org.liandong.web.reports;

import static org.liandong.web.reports.ReportField.choice;
import static org.liandong.web.reports.ReportField.optional;
import static org.liandong.web.reports.ReportField.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of field report the form offers: each names its path in the command API, the event it
 * shows as in the ledger, and its own fields; the header fields every report has come first.
 */
enum ReportKind {
  GOODS_SEIZURE(
      "goods-seizures",
      "GoodsSeized",
      required("category", FieldType.CATEGORY),
      required("quantity.amount", FieldType.AMOUNT),
      required("quantity.unit", FieldType.UNIT),
      optional("estimatedValue", FieldType.AMOUNT)),
  SITE_RAID("site-raids", "SiteRaided", required("sites", FieldType.COUNT)),
  CASE_FILING(
      "cases-filed",
      "CaseFiled",
      choice("caseKind", "ADMINISTRATIVE", "CRIMINAL"),
      required("cases", FieldType.COUNT),
      optional("valueInvolved", FieldType.AMOUNT)),
  SUSPECT_ARREST("suspect-arrests", "SuspectsArrested", required("suspects", FieldType.COUNT)),
  GANG_DISMANTLING("gang-dismantlings", "GangsDismantled", required("gangs", FieldType.COUNT)),
  DEN_DISMANTLING("den-dismantlings", "DensDismantled", required("dens", FieldType.COUNT)),
  WEBSITE_CLOSURE("website-closures", "WebsitesClosed", required("websites", FieldType.COUNT)),
  ONLINE_STORE_CLOSURE(
      "online-store-closures", "OnlineStoresClosed", required("stores", FieldType.COUNT)),
  SHIPMENT_INTERCEPTION(
      "shipment-interceptions", "ShipmentsIntercepted", required("shipments", FieldType.COUNT));

  /** What every report has besides its id and department, which the app fills in. */
  static final List<ReportField> HEADER =
      List.of(
          optional("region", FieldType.REGION),
          required("occurredOn", FieldType.DATE),
          required("reportedBy", FieldType.TEXT),
          optional("notes", FieldType.LONG_TEXT));

  private final String path;
  private final String event;
  private final List<ReportField> ownFields;

  ReportKind(String path, String event, ReportField... ownFields) {
    this.path = path;
    this.event = event;
    this.ownFields = List.of(ownFields);
  }

  public String path() {
    return path;
  }

  /** The header's fields, then the kind's own. */
  List<ReportField> fields() {
    List<ReportField> fields = new ArrayList<>(HEADER);
    fields.addAll(ownFields);
    return fields;
  }

  static Optional<ReportKind> byPath(String path) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
  }

  /** The kind of a ledger entry, by the event it shows as. */
  static Optional<ReportKind> byEvent(String event) {
    return Arrays.stream(values()).filter(kind -> kind.event.equals(event)).findFirst();
  }
}
