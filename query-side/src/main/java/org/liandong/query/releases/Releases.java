package org.liandong.query.releases;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.statistics.YearFigures;
import org.liandong.query.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A release as published: its events folded, its figures read as of its cut-off, the adjustments
 * against them. What the releases feature offers the printable reports; every release is read by
 * every signed-in user.
 */
@Component
public class Releases {

  private final ServedViews views;
  private final YearFigures figures;

  public Releases(ServedViews views, YearFigures figures) {
    this.views = views;
    this.figures = figures;
  }

  /** A release; 404 naming {@code releaseId} for one never issued. */
  public ReleaseView view(String releaseId) {
    Document stored = views.one(ReleaseProjection.NAME, releaseId);
    ReleaseView.Folded folded =
        stored == null ? null : ReleaseView.Folded.of(ReleaseDocument.read(stored));
    if (folded == null || folded.issued() == null) {
      throw NotFoundException.of("releaseId", releaseId);
    }
    ReleaseIssued issued = folded.issued();
    String campaign = ReleaseController.campaignOf(issued);
    List<List<FieldReport>> reports =
        figures.reportsOfYear(issued.year(), campaign, List.of(issued.cutOff(), Instant.now()));
    return new ReleaseView(
        issued.releaseId().value(),
        issued.year(),
        campaign,
        issued.cutOff(),
        folded.issuedAt(),
        folded.title(),
        folded.text(),
        figures.asOf(issued.year(), campaign, issued.cutOff()),
        Adjustment.between(reports.get(0), reports.get(1)),
        folded.history());
  }
}
