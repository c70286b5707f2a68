package org.liandong.deploy;

import java.util.Map;

/**
 * About how many bytes a value decoded from BSON (a document, a key, an index entry's key) takes in
 * the heap (64-bit, compressed references), by the shape of its parts: rather above the truth than
 * below, since H2 bounds its page cache by it. Strings are counted at two bytes a character, as
 * most of the platform's text is Chinese.
 */
final class HeapSize {

  private static final int STRING = 40;
  private static final int MAP = 88;
  private static final int MAP_ENTRY = 48;

  /** A list, or an index entry's key of several values. */
  private static final int LIST = 40;

  private static final int REFERENCE = 4;

  /** A boxed number, a date, an object id. */
  private static final int BOXED = 32;

  private static final int ARRAY = 16;

  private HeapSize() {}

  static int of(Object value) {
    if (value instanceof String text) {
      return STRING + 2 * text.length();
    }
    if (value instanceof Map<?, ?> map) {
      int size = MAP;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        size += MAP_ENTRY + of(entry.getKey()) + of(entry.getValue());
      }
      return size;
    }
    if (value instanceof Iterable<?> elements) {
      int size = LIST;
      for (Object element : elements) {
        size += REFERENCE + of(element);
      }
      return size;
    }
    if (value instanceof byte[] bytes) {
      return ARRAY + bytes.length;
    }
    return value == null || value instanceof Boolean ? 0 : BOXED;
  }
}
