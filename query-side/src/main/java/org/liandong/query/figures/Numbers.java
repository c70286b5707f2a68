package org.liandong.query.figures;

import java.math.BigDecimal;
import org.bson.Document;

/** Reads the whole-number counters of a projection document back into API units. */
final class Numbers {

  private Numbers() {}

  static long count(Document document, String key) {
    Object value = document.get(key);
    return value instanceof Number number ? number.longValue() : 0L;
  }

  static BigDecimal yuan(Document document, String key) {
    return BigDecimal.valueOf(count(document, key), 2);
  }

  static BigDecimal ofMilli(long milli) {
    BigDecimal amount = BigDecimal.valueOf(milli, 3).stripTrailingZeros();
    return amount.scale() < 0 ? amount.setScale(0) : amount;
  }
}
