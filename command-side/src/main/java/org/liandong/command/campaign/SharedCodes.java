package org.liandong.command.campaign;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liandong.model.code.Code;

/**
 * One instance of each code, for values that many objects hold: the report records of the campaigns
 * in memory ({@link ReportRecord}). Past its limit of distinct codes a code is kept as it comes, so
 * that it never grows with what it is given.
 */
final class SharedCodes {

  private final int limit;
  private final Map<Code<?>, Code<?>> codes = new ConcurrentHashMap<>();

  SharedCodes(int limit) {
    this.limit = limit;
  }

  /** The shared instance equal to {@code code}, or {@code code} itself (and null for null). */
  @SuppressWarnings("unchecked")
  <C extends Code<C>> C shared(C code) {
    if (code == null) {
      return null;
    }
    Code<?> known = codes.get(code);
    if (known != null) {
      return (C) known;
    }
    if (codes.size() >= limit) {
      return code;
    }
    known = codes.putIfAbsent(code, code);
    return known == null ? code : (C) known;
  }
}
