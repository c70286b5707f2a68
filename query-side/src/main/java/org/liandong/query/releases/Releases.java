package org.liandong.query.releases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.query.projection.ProjectionVersions;
import org.liandong.query.statistics.YearFigures;
import org.liandong.query.web.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A release as published: its events folded, its figures read as of its cut-off, the adjustments
 * against them. What the releases feature offers the printable reports; every release is read by
 * every signed-in user.
 */
@Component
public class Releases {

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final YearFigures figures;

  public Releases(MongoTemplate mongo, ProjectionVersions versions, YearFigures figures) {
    this.mongo = mongo;
    this.versions = versions;
    this.figures = figures;
  }

  /** A release; 404 naming {@code releaseId} for one never issued. */
  public ReleaseView view(String releaseId) {
    Document stored =
        mongo.findOne(
            query(where(ReleaseDocument.ID).is(releaseId)),
            Document.class,
            versions.serving(ReleaseProjection.NAME));
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
