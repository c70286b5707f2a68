package org.liandong.query.releases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.model.publication.ReleaseTextAmended;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.statistics.YearStatistics;

/**
 * A statistics release as published: its title and text (as last amended), the figures of its year
 * as recorded by its cut-off, which never change, the adjustments later reports make against them,
 * and its history.
 *
 * @param campaign the campaign it publishes; null for all campaigns of the year
 * @param figures the year's statistics as of the cut-off: the released figures
 * @param adjustments each figure that stands otherwise now, with the reports making the difference
 * @param history its events, oldest first
 */
public record ReleaseView(
    String releaseId,
    int year,
    String campaign,
    Instant cutOff,
    Instant issuedAt,
    Bilingual title,
    Bilingual text,
    YearStatistics figures,
    List<Adjustment> adjustments,
    List<HistoryItem> history)
    implements Tabular {

  /**
   * One event of the release's history.
   *
   * @param reason why the text was amended; null for the issue
   */
  public record HistoryItem(
      String type, Instant recordedAt, String user, Bilingual title, String reason) {}

  /** What a release's events say, folded in order, before its figures are read. */
  record Folded(
      ReleaseIssued issued,
      Instant issuedAt,
      Bilingual title,
      Bilingual text,
      List<HistoryItem> history) {

    static Folded of(ReleaseDocument document) {
      ReleaseIssued issued = null;
      Instant issuedAt = null;
      Bilingual title = null;
      Bilingual text = null;
      List<HistoryItem> history = new ArrayList<>();
      for (ReleaseDocument.Entry entry : document.events()) {
        if (entry.toEvent() instanceof ReleaseIssued event) {
          issued = event;
          issuedAt = entry.recordedAt();
          title = event.title();
          text = event.text();
          history.add(
              new HistoryItem("ReleaseIssued", entry.recordedAt(), entry.user(), title, null));
        } else if (entry.toEvent() instanceof ReleaseTextAmended event) {
          title = event.title();
          text = event.text();
          history.add(
              new HistoryItem(
                  "ReleaseTextAmended", entry.recordedAt(), entry.user(), title, event.reason()));
        }
      }
      return new Folded(issued, issuedAt, title, text, history);
    }
  }

  @Override
  public String fileName() {
    return releaseId;
  }

  /** The released figures' tables, and the adjustments against them. */
  @Override
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>(figures.tables());
    Table.Builder changes =
        Table.named(
            "adjustments",
            "figure",
            "released",
            "current",
            "difference",
            "campaignId",
            "reportId",
            "reportReleased",
            "reportCurrent");
    for (Adjustment adjustment : adjustments) {
      for (Adjustment.Change change : adjustment.reports()) {
        changes.row(
            adjustment.figure(),
            adjustment.released(),
            adjustment.current(),
            adjustment.difference(),
            change.campaignId(),
            change.reportId(),
            change.released(),
            change.current());
      }
    }
    tables.add(changes.build());
    return tables;
  }
}
