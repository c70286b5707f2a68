package org.liandong.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@DisplayName("Bearer tokens verified once, remembered until they expire")
class VerifiedTokensTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2020-05-01T08:00:00Z"));
  private final AtomicInteger checked = new AtomicInteger();
  private NimbusJwtEncoder signer;
  private VerifiedTokens tokens;

  @BeforeEach
  void keys() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("liandong").generate();
    signer = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    timestamps.setClock(clock);
    decoder.setJwtValidator(timestamps);
    JwtDecoder counting =
        token -> {
          checked.incrementAndGet();
          return decoder.decode(token);
        };
    tokens = new VerifiedTokens(counting, clock);
  }

  @Test
  @DisplayName("the same token twice: its signature is checked once, the claims are the same")
  void checkedOnce() {
    String token = token("zhang.wei", Duration.ofMinutes(30));

    assertThat(tokens.decode(token).getSubject()).isEqualTo("zhang.wei");
    assertThat(tokens.decode(token).getSubject()).isEqualTo("zhang.wei");
    assertThat(checked).hasValue(1);
  }

  @Test
  @DisplayName("a token past its expiry is checked again, and refused, though it was remembered")
  void expired() {
    String token = token("zhang.wei", Duration.ofMinutes(2));
    tokens.decode(token);

    clock.move(Duration.ofMinutes(2).plusSeconds(1));

    assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    assertThat(checked).hasValue(2);
    assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    assertThat(checked).as("a refused token is not remembered").hasValue(3);
  }

  @Test
  @DisplayName("a long-lived token is checked again after the most a token is remembered")
  void agedOut() {
    String token = token("zhang.wei", Duration.ofHours(8));
    tokens.decode(token);

    clock.move(VerifiedTokens.MAX_AGE.minusSeconds(1));
    tokens.decode(token);
    assertThat(checked).hasValue(1);

    clock.move(Duration.ofSeconds(1));
    tokens.decode(token);
    assertThat(checked).hasValue(2);
  }

  @Test
  @DisplayName("a token altered after it was signed is refused, however often a valid one came")
  void altered() {
    String token = token("zhang.wei", Duration.ofMinutes(30));
    tokens.decode(token);
    String other = token("li.na", Duration.ofMinutes(30));
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + other.split("\\.")[1] + "." + parts[2];

    assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
  }

  @Test
  @DisplayName("a token with no expiry is checked every time")
  void noExpiry() {
    var claims = JwtClaimsSet.builder().subject("zhang.wei").issuedAt(clock.instant()).build();
    String token = sign(claims);

    tokens.decode(token);
    tokens.decode(token);

    assertThat(checked).hasValue(2);
  }

  private String token(String subject, Duration lifetime) {
    return sign(
        JwtClaimsSet.builder()
            .subject(subject)
            .issuedAt(clock.instant())
            .expiresAt(clock.instant().plus(lifetime))
            .build());
  }

  private String sign(JwtClaimsSet claims) {
    var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("liandong").build();
    return signer.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }

  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
