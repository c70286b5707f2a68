package org.liandong.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A short digest of what a command asked for, kept per client-chosen id so that a retry can be told
 * from a different request that reuses the id. Built from explicit string forms, never from {@code
 * hashCode()}, so it is the same in every JVM that loads a snapshot. A collection counts as its
 * size and then each element, and a map as its size and each key and value, so that no two
 * different values digest alike ({@code ["a, b"]} and {@code ["a", "b"]} print alike). A change
 * here changes stored fingerprints: raise the revision of the aggregates that keep them.
 */
public final class Fingerprint {

  private Fingerprint() {}

  public static long of(Object... parts) {
    MessageDigest digest = sha256();
    for (Object part : parts) {
      add(digest, part);
    }
    byte[] hash = digest.digest();
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (hash[i] & 0xFF);
    }
    return value;
  }

  private static void add(MessageDigest digest, Object part) {
    if (part instanceof Collection<?> values) {
      add(digest, "collection of " + values.size());
      values.forEach(value -> add(digest, value));
    } else if (part instanceof Map<?, ?> entries) {
      add(digest, "map of " + entries.size());
      entries.forEach(
          (key, value) -> {
            add(digest, key);
            add(digest, value);
          });
    } else {
      digest.update(Objects.toString(part, "\u2400").getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
