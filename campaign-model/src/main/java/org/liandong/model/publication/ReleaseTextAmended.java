package org.liandong.model.publication;

import org.liandong.model.event.EventRevision;

/**
 * The office amended a release's title and text, for a reason; its figures and cut-off stay as
 * issued, and the earlier text stays in its history.
 */
@EventRevision("1")
public record ReleaseTextAmended(
    ReleaseId releaseId, Bilingual title, Bilingual text, String reason) implements ReleaseEvent {}
