package org.liandong.deploy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * A stand-in identity provider for tests and benchmarks: a key pair made when it is, whose public
 * key a platform trusts when started with {@link #publicKeyLocation()} as its {@code
 * jwtPublicKeyLocation}, and bearer tokens signed with its private key, as a real provider's are.
 */
public final class KeyPairIdentityProvider {

  private final KeyPair keys = keyPair();
  private Path publicKey;

  /** Where a platform reads the public key from, as PEM. */
  public synchronized String publicKeyLocation() {
    if (publicKey == null) {
      try {
        publicKey = Files.createTempFile("liandong-idp-", ".pem");
        publicKey.toFile().deleteOnExit();
        Files.writeString(
            publicKey,
            "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "file:" + publicKey;
  }

  /** A bearer token for the user, with the given claims, valid for ten minutes. */
  public String token(String user, Map<String, Object> claims) {
    return token(user, claims, Duration.ofMinutes(10));
  }

  /** A bearer token for the user, with the given claims, valid for {@code lifetime}. */
  public String token(String user, Map<String, Object> claims, Duration lifetime) {
    JWTClaimsSet.Builder set =
        new JWTClaimsSet.Builder()
            .subject(user)
            .claim("preferred_username", user)
            .issueTime(Date.from(Instant.now()))
            .expirationTime(Date.from(Instant.now().plus(lifetime)));
    claims.forEach(set::claim);
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
      jwt.sign(new RSASSASigner(keys.getPrivate()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
