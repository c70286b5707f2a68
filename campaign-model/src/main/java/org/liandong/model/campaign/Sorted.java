package org.liandong.model.campaign;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.liandong.model.Require;

/** Immutable copies with a stable order, so that stored events and their JSON read the same way. */
final class Sorted {

  private Sorted() {}

  static <T extends Comparable<T>> SortedSet<T> set(Collection<T> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  static Map<Figure, Long> targets(Map<Figure, Long> values) {
    Map<Figure, Long> sorted = new EnumMap<>(Figure.class);
    sorted.putAll(values);
    return Collections.unmodifiableMap(sorted);
  }

  /** Texts such as key points: each at most 500 characters, blank ones left out. */
  static List<String> texts(List<String> values, String field) {
    return values == null
        ? List.of()
        : Require.noNulls(values, field).stream()
            .filter(s -> !s.isBlank())
            .map(s -> Require.text(s, field, 500))
            .toList();
  }
}
