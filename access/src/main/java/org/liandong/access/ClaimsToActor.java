package org.liandong.access;

import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.reference.KnownCodes;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Makes the actor of a bearer token from its claims. A token without a role, with a role unknown
 * here, or naming a department or region not in the reference data, signs nobody in.
 */
final class ClaimsToActor implements Converter<Jwt, AbstractAuthenticationToken> {

  private final AccessProperties.Claims claims;

  ClaimsToActor(AccessProperties.Claims claims) {
    this.claims = claims;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    String user = token.getClaimAsString("preferred_username");
    String department = token.getClaimAsString(claims.department());
    String region = token.getClaimAsString(claims.region());
    try {
      Actor actor =
          new Actor(
              user == null ? token.getSubject() : user,
              Role.valueOf(String.valueOf(token.getClaimAsString(claims.role()))),
              department == null ? null : new DepartmentCode(department),
              region == null ? null : new RegionCode(region));
      KnownCodes.check(actor);
      if (actor.role() == Role.SYSTEM) {
        throw new IllegalArgumentException("the platform's own role is not given to users");
      }
      return new ActorToken(actor, token);
    } catch (RuntimeException e) {
      throw new InvalidBearerTokenException("the token does not name a user of Liandong", e);
    }
  }
}
