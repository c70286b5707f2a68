package org.liandong.model.publication;

/** A fact of a statistics release's history: issued, its text amended. */
public sealed interface ReleaseEvent extends PublicationEvent
    permits ReleaseIssued, ReleaseTextAmended {

  ReleaseId releaseId();

  @Override
  default String subject() {
    return releaseId().value();
  }

  @Override
  default String source() {
    return "/releases/" + releaseId().value();
  }
}
