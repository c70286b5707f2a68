package org.liandong.command;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

  /**
   * The digest of a record by its components in order, leaving out those named in {@code leftOut}:
   * each as its name and value, a nested record by its components, and a decimal by its value
   * whatever its scale ({@code 2.50} as {@code 2.5}).
   */
  public static long ofRecord(Record record, Set<String> leftOut) {
    List<Object> parts = new ArrayList<>();
    parts.add(record.getClass().getSimpleName());
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (!leftOut.contains(component.getName())) {
        parts.add(component.getName());
        parts.add(canonical(valueOf(component, record)));
      }
    }
    return of(parts.toArray());
  }

  private static Object canonical(Object value) {
    if (value instanceof Record nested) {
      List<Object> parts = new ArrayList<>();
      for (RecordComponent component : nested.getClass().getRecordComponents()) {
        parts.add(canonical(valueOf(component, nested)));
      }
      return parts;
    } else if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    } else if (value instanceof Collection<?> values) {
      return values.stream().map(Fingerprint::canonical).toList();
    }
    return value;
  }

  private static Object valueOf(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
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
