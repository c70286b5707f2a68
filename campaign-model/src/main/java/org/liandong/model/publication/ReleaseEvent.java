package org.liandong.model.publication;

import org.liandong.model.event.History;

/** A fact of a statistics release's history: issued, its text amended. */
public sealed interface ReleaseEvent extends PublicationEvent
    permits ReleaseIssued, ReleaseTextAmended {

  ReleaseId releaseId();

  @Override
  default History history() {
    return new History("releases", releaseId().value());
  }
}
