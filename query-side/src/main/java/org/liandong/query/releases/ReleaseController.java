package org.liandong.query.releases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.query.projection.ProjectionVersions;
import org.liandong.query.statistics.YearFigures;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The releases the office issued, read by every signed-in user: a release is published when it is
 * issued.
 */
@RestController
class ReleaseController {

  /** A release in the list: what it is, without its figures. */
  record ReleaseSummary(
      String releaseId,
      int year,
      String campaign,
      Instant cutOff,
      Instant issuedAt,
      Bilingual title) {}

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final YearFigures figures;
  private final Scope scope;

  ReleaseController(
      MongoTemplate mongo, ProjectionVersions versions, YearFigures figures, Scope scope) {
    this.mongo = mongo;
    this.versions = versions;
    this.figures = figures;
    this.scope = scope;
  }

  /** Every release, in id order. */
  @GetMapping("/releases")
  List<ReleaseSummary> releases(Actor reader) {
    scope.published(reader);
    return mongo
        .find(
            new Query().with(Sort.by(ReleaseDocument.ID)),
            Document.class,
            versions.serving(ReleaseProjection.NAME))
        .stream()
        .map(stored -> ReleaseView.Folded.of(ReleaseDocument.read(stored)))
        .filter(folded -> folded.issued() != null)
        .map(
            folded ->
                new ReleaseSummary(
                    folded.issued().releaseId().value(),
                    folded.issued().year(),
                    campaignOf(folded.issued()),
                    folded.issued().cutOff(),
                    folded.issuedAt(),
                    folded.title()))
        .toList();
  }

  /**
   * A release: its figures as of its cut-off, and the adjustments reports recorded since make
   * against them.
   */
  @GetMapping("/releases/{releaseId}")
  ReleaseView release(@PathVariable String releaseId, Actor reader) {
    scope.published(reader);
    return view(releaseId);
  }

  /** A release as the views that print it read it. */
  ReleaseView view(String releaseId) {
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
    String campaign = campaignOf(issued);
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

  private static String campaignOf(ReleaseIssued issued) {
    return issued.campaign() == null ? null : issued.campaign().value();
  }
}
