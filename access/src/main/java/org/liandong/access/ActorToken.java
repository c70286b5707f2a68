package org.liandong.access;

import java.util.List;
import org.liandong.model.access.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A bearer signed in with a token of the identity provider, and the actor its claims make. */
final class ActorToken extends AbstractAuthenticationToken {

  private final Actor actor;
  private final Jwt token;

  ActorToken(Actor actor, Jwt token) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
    this.actor = actor;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return actor;
  }

  @Override
  public String getName() {
    return actor.user();
  }
}
