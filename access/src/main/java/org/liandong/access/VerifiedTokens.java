package org.liandong.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A bearer token's signature checked once, not with every request: a client sends the same token
 * until it expires, and checking its RSA signature and reading its claims took about 6 % of the
 * platform's CPU at 250 reports a second (docs/benchmarks.md). A token is remembered once its
 * decoder accepted it, until its expiry or for {@link #MAX_AGE} (as long as a decoder that fetches
 * a provider's keys keeps them before it fetches them again), whichever comes first, and at most
 * {@link #MAX_TOKENS} of them. Any other token, one past either limit included, goes to the
 * decoder, which checks it in full. A token with no expiry is never remembered. ADR 0028.
 */
final class VerifiedTokens implements JwtDecoder {

  static final Duration MAX_AGE = Duration.ofMinutes(5);
  static final long MAX_TOKENS = 10_000;

  private record Verified(Jwt jwt, Instant until) {}

  private final JwtDecoder decoder;
  private final Clock clock;
  private final Cache<String, Verified> verified =
      Caffeine.newBuilder().maximumSize(MAX_TOKENS).build();

  VerifiedTokens(JwtDecoder decoder, Clock clock) {
    this.decoder = decoder;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) {
    Instant now = clock.instant();
    Verified known = verified.getIfPresent(token);
    if (known != null && now.isBefore(known.until())) {
      return known.jwt();
    }
    Jwt jwt = decoder.decode(token);
    Instant expiry = jwt.getExpiresAt();
    if (expiry != null && now.isBefore(expiry)) {
      Instant aged = now.plus(MAX_AGE);
      verified.put(token, new Verified(jwt, expiry.isBefore(aged) ? expiry : aged));
    } else {
      verified.invalidate(token);
    }
    return jwt;
  }
}
