package org.liandong.deploy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * The key pair of the local platform's identity provider, made when it is: both sides trust its
 * public key ({@link #publicKeyLocation()}), the OpenID Connect provider the launcher runs signs
 * with it ({@link #signingKey()}), and tests and benchmarks sign their own bearer tokens with it,
 * as a real provider's are signed.
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

  /** The key pair as a JSON Web Key, for an authorization server to sign with and publish. */
  public RSAKey signingKey() {
    return new RSAKey.Builder((RSAPublicKey) keys.getPublic())
        .privateKey((RSAPrivateKey) keys.getPrivate())
        .keyID("liandong-local")
        .build();
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
