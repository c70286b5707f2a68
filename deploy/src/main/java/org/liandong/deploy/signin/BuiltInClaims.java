package org.liandong.deploy.signin;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liandong.access.AccessProperties;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts a built-in user's role, department and region into the ID and access tokens, under the claim
 * names the sides read ({@code liandong.access.claims.*}), and the user's name as {@code
 * preferred_username}: the same claims a Keycloak realm's mappers add (docs/security.md).
 */
final class BuiltInClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  private final Map<String, AccessProperties.BuiltInUser> users;
  private final AccessProperties.Claims names;

  BuiltInClaims(AccessProperties access) {
    this.users =
        access.users().stream()
            .collect(Collectors.toMap(AccessProperties.BuiltInUser::name, Function.identity()));
    this.names = access.claims();
  }

  @Override
  public void customize(JwtEncodingContext context) {
    AccessProperties.BuiltInUser user = users.get(context.getPrincipal().getName());
    if (user == null) {
      return;
    }
    context.getClaims().claim("preferred_username", user.name());
    context.getClaims().claim(names.role(), user.role().name());
    if (user.department() != null) {
      context.getClaims().claim(names.department(), user.department());
    }
    if (user.region() != null) {
      context.getClaims().claim(names.region(), user.region());
    }
  }
}
