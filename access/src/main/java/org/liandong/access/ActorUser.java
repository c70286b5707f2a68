package org.liandong.access;

import java.util.List;
import org.liandong.model.access.Actor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A built-in user, signed in with a password, and the actor it is. */
final class ActorUser extends User {

  private final Actor actor;

  ActorUser(Actor actor, String passwordHash) {
    super(
        actor.user(),
        passwordHash,
        List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
    this.actor = actor;
  }

  Actor actor() {
    return actor;
  }
}
