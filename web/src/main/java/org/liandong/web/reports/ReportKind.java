package org.liandong.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportPath;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * A kind of field report the form offers, as the contract's catalogue ({@link
 * ReportDetails#kinds()}) has it: its path in the command API ({@link ReportPath}), the event it
 * shows as in the ledger, and its own fields, read from its record; the header fields every report
 * has come first. A kind or field added to the contract is in the form without a change here.
 */
record ReportKind(String path, String event, List<ReportField> ownFields) {

  /** What every report has besides its id and department, which the app fills in. */
  static final List<ReportField> HEADER = ReportFields.header();

  private static final List<ReportKind> ALL =
      ReportDetails.kinds().stream().map(ReportKind::of).toList();

  /** Every kind, in the catalogue's order. */
  static List<ReportKind> all() {
    return ALL;
  }

  /** The header's fields, then the kind's own. */
  List<ReportField> fields() {
    List<ReportField> fields = new ArrayList<>(HEADER);
    fields.addAll(ownFields);
    return fields;
  }

  static Optional<ReportKind> byPath(String path) {
    return ALL.stream().filter(kind -> kind.path.equals(path)).findFirst();
  }

  /** The kind of a ledger entry, by the event it shows as. */
  static Optional<ReportKind> byEvent(String event) {
    return ALL.stream().filter(kind -> kind.event.equals(event)).findFirst();
  }

  private static ReportKind of(Class<? extends ReportDetails> kind) {
    return new ReportKind(
        kind.getAnnotation(ReportPath.class).value(), eventOf(kind), ReportFields.of(kind));
  }

  /**
   * The simple name of the event a kind makes, which the ledger names it by: the return type its
   * {@code toEvent} declares. Only the name is read; the app never handles an event.
   */
  private static String eventOf(Class<? extends ReportDetails> kind) {
    try {
      return kind.getMethod(
              "toEvent", CampaignId.class, ReportId.class, ReportHeader.class, boolean.class)
          .getReturnType()
          .getSimpleName();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(kind.getName() + " makes no event", e);
    }
  }
}
