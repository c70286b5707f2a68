package org.liandong.access;

import java.util.Optional;
import org.liandong.model.access.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the request being served, whichever way it signed in. */
public final class Actors {

  private Actors() {}

  /** Empty outside a signed-in request: on the platform's own threads. */
  public static Optional<Actor> current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  static Optional<Actor> of(Authentication authentication) {
    if (authentication == null) {
      return Optional.empty();
    }
    if (authentication.getPrincipal() instanceof ActorUser user) {
      return Optional.of(user.actor());
    }
    if (authentication.getPrincipal() instanceof Actor actor) {
      return Optional.of(actor);
    }
    return Optional.empty();
  }
}
