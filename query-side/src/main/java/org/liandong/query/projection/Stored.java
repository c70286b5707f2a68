package org.liandong.query.projection;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * Reads the values of a stored projection document back into their types: ids and codes kept as
 * their text, moments as ISO-8601 text. A field a document does not have reads as null (or an empty
 * list), as documents written before the field existed lack it.
 */
public final class Stored {

  private Stored() {}

  /** A value kept as text, such as a typed id, or null. */
  public static <T> T text(Document document, String key, Function<String, T> type) {
    String value = document.getString(key);
    return value == null ? null : type.apply(value);
  }

  /** A list of values kept as text, empty when absent. */
  public static <T> List<T> texts(Document document, String key, Function<String, T> type) {
    return document.getList(key, String.class, List.of()).stream().map(type).toList();
  }

  /** A moment kept as ISO-8601 text, or null. */
  public static Instant instant(Document document, String key) {
    return text(document, key, Instant::parse);
  }

  /** A whole number, 0 when absent. */
  public static long count(Document document, String key) {
    return document.get(key) instanceof Number number ? number.longValue() : 0L;
  }

  /** A nested document, empty when absent. */
  public static Document nested(Document document, String key) {
    return document.get(key, new Document());
  }
}
