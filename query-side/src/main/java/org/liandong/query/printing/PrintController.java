package org.liandong.query.printing;

import org.liandong.model.access.Actor;
import org.liandong.query.releases.Releases;
import org.liandong.query.typicalcases.TypicalCaseFilter;
import org.liandong.query.typicalcases.TypicalCases;
import org.liandong.query.web.Scope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Printable reports as PDF: a release, read by every signed-in user like the release itself, and
 * the published typical cases (a printed list is for publication, so it holds no drafts).
 */
@RestController
class PrintController {

  private final Releases releases;
  private final TypicalCases typicalCases;
  private final Scope scope;

  PrintController(Releases releases, TypicalCases typicalCases, Scope scope) {
    this.releases = releases;
    this.typicalCases = typicalCases;
    this.scope = scope;
  }

  @GetMapping(path = "/printable/releases/{releaseId}", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> release(@PathVariable String releaseId, Actor reader) {
    scope.published(reader);
    return pdf(releaseId, ReleasePdf.of(releases.view(releaseId)));
  }

  @GetMapping(path = "/printable/typical-cases", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> typicalCases(@ParameterObject TypicalCaseFilter filter, Actor reader) {
    scope.published(reader);
    TypicalCaseFilter published =
        new TypicalCaseFilter(
                filter.year(), filter.campaign(), filter.right(), filter.region(), "PUBLISHED")
            .checked();
    return pdf("typical-cases", TypicalCasesPdf.of(typicalCases.readableBy(reader, published)));
  }

  private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name + ".pdf").build().toString())
        .body(body);
  }
}
