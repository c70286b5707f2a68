package org.liandong.deploy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.bson.Document;
import java.util.function.Function;

/**
 * The BSON of each value the stand-in's file holds (a document, a key), kept while the value is in
 * memory, so that it is encoded once. H2 writes a page whole at each commit: one changed document
 * in a page had every other document and key of that page encoded again, a third of the CPU of the
 * commands in the profile of docs/benchmarks.md (ADR 0023).
 *
 * <p>Values are told apart by identity and held weakly: a value H2 no longer holds takes its BSON
 * with it. The stand-in changes a stored document in place when it updates it; the collection
 * {@linkplain #forget forgets} its BSON before it stores it again.
 */
final class Encodings {

  private static final Cache<Object, byte[]> BY_VALUE = Caffeine.newBuilder().weakKeys().build();

  private Encodings() {}

  /** The value's BSON, encoded now if it was not known. */
  static byte[] of(Object value, Function<Object, byte[]> encode) {
    return BY_VALUE.get(value, encode);
  }

  /** Keeps the BSON a value was just read from. */
  static void remember(Object value, byte[] bytes) {
    BY_VALUE.put(value, bytes);
  }

  /** Drops the BSON of a document that was changed in place. */
  static void forget(Document changed) {
    BY_VALUE.invalidate(changed);
  }
}
