package org.liandong.query.releases;

import java.time.Instant;
import java.util.List;
import org.liandong.model.access.Actor;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.web.Scope;
import org.springframework.data.domain.Sort;
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

  private final ServedViews views;
  private final Releases releases;
  private final Scope scope;

  ReleaseController(ServedViews views, Releases releases, Scope scope) {
    this.views = views;
    this.releases = releases;
    this.scope = scope;
  }

  /** Every release, in id order. */
  @GetMapping("/releases")
  List<ReleaseSummary> releases(Actor reader) {
    scope.published(reader);
    return views
        .find(ReleaseProjection.NAME, new Query().with(Sort.by(ReleaseDocument.ID)))
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
    return releases.view(releaseId);
  }

  static String campaignOf(ReleaseIssued issued) {
    return issued.campaign() == null ? null : issued.campaign().value();
  }
}
