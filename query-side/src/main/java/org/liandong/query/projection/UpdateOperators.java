package org.liandong.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * MongoDB's update operators that the projections use, applied to a document in memory with the
 * server's meaning: dotted paths through embedded documents (and array positions), created where
 * missing; {@code $inc} keeping a 32-bit number 32-bit until it overflows. An operator or modifier
 * not listed here is refused rather than guessed at.
 */
final class UpdateOperators {

  private UpdateOperators() {}

  /**
   * Applies an update's operators to the document, in place.
   *
   * @param inserting whether the update creates the document, so that {@code $setOnInsert} applies
   */
  static void apply(Document document, Document update, boolean inserting) {
    update.forEach(
        (operator, fields) ->
            ((Document) fields)
                .forEach((path, value) -> apply(document, operator, path, value, inserting)));
  }

  /** Whether the number the document keeps at the path is missing or below the sequence. */
  static boolean below(Document document, String path, long sequence) {
    Object kept = get(document, path.split("\\."));
    if (kept == null) {
      return true;
    }
    if (!(kept instanceof Number number)) {
      throw new IllegalStateException(path + " holds " + kept + ", not a sequence");
    }
    return number.longValue() < sequence;
  }

  /** Applies one operator to one path, whose keys are split once and walked once. */
  private static void apply(
      Document document, String operator, String path, Object value, boolean inserting) {
    String[] keys = path.split("\\.");
    switch (operator) {
      case "$set" -> set(document, keys, path, copy(value));
      case "$setOnInsert" -> {
        if (inserting) {
          set(document, keys, path, copy(value));
        }
      }
      case "$unset" -> unset(document, keys, path);
      case "$inc" -> {
        Object parent = parent(document, keys, path);
        String last = keys[keys.length - 1];
        put(parent, last, path, add(child(parent, last), (Number) value, path));
      }
      case "$push" -> list(document, keys, path).addAll(each(value, path));
      case "$addToSet" -> {
        List<Object> list = list(document, keys, path);
        each(value, path).stream().filter(item -> !contains(list, item)).forEach(list::add);
      }
      case "$pull" -> {
        Object kept = get(document, keys);
        if (kept != null) {
          array(kept, path).removeIf(item -> same(item, value));
        }
      }
      default ->
          throw new IllegalArgumentException("update operator " + operator + " unknown here");
    }
  }

  /** The values of {@code $push} or {@code $addToSet}: one, or those of {@code $each}. */
  private static List<Object> each(Object value, String path) {
    if (value instanceof Document modifiers
        && modifiers.keySet().stream().anyMatch(k -> k.startsWith("$"))) {
      if (modifiers.size() != 1 || !(modifiers.get("$each") instanceof List<?> values)) {
        throw new IllegalArgumentException(
            "modifiers of " + path + " other than $each: " + modifiers);
      }
      return values.stream().map(UpdateOperators::copy).toList();
    }
    return List.of(copy(value));
  }

  private static Number add(Object kept, Number amount, String path) {
    if (kept == null) {
      return amount;
    }
    if (!(kept instanceof Number number)) {
      throw new IllegalStateException("$inc of " + path + ", which holds " + kept);
    }
    if (number instanceof Double || amount instanceof Double) {
      return number.doubleValue() + amount.doubleValue();
    }
    long sum = Math.addExact(number.longValue(), amount.longValue());
    if (number instanceof Integer && amount instanceof Integer && sum == (int) sum) {
      return (int) sum;
    }
    return sum;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Document document, String[] keys, String path) {
    Object parent = parent(document, keys, path);
    String last = keys[keys.length - 1];
    Object kept = child(parent, last);
    if (kept == null) {
      List<Object> created = new ArrayList<>();
      put(parent, last, path, created);
      return created;
    }
    if (!(kept instanceof List<?>)) {
      throw new IllegalStateException(path + " holds " + kept + ", not an array");
    }
    return (List<Object>) kept;
  }

  private static boolean contains(List<Object> list, Object value) {
    return list.stream().anyMatch(item -> same(item, value));
  }

  /** Equal as MongoDB compares values: numbers by their value, whatever their width. */
  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    return a == null ? b == null : a.equals(b);
  }

  private static Object get(Document document, String[] keys) {
    Object at = document;
    for (String key : keys) {
      at = child(at, key);
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  private static void set(Document document, String[] keys, String path, Object value) {
    put(parent(document, keys, path), keys[keys.length - 1], path, value);
  }

  /** Puts the value under the key of a document, or at the position of an array. */
  private static void put(Object parent, String key, String path, Object value) {
    if (parent instanceof Document embedded) {
      embedded.put(key, value);
    } else {
      setAt(array(parent, path), position(key, path), value);
    }
  }

  private static void unset(Document document, String[] keys, String path) {
    Object parent = document;
    for (int i = 0; i < keys.length - 1 && parent != null; i++) {
      parent = child(parent, keys[i]);
    }
    if (parent instanceof Document embedded) {
      embedded.remove(keys[keys.length - 1]);
    } else if (parent instanceof List<?> list) {
      int position = position(keys[keys.length - 1], path);
      if (position < list.size()) {
        setAt(array(parent, path), position, null);
      }
    }
  }

  /** The document or array holding the path's last key, with embedded documents created. */
  private static Object parent(Document document, String[] keys, String path) {
    Object at = document;
    for (int i = 0; i < keys.length - 1; i++) {
      Object next = child(at, keys[i]);
      if (next == null) {
        next = new Document();
        if (at instanceof Document embedded) {
          embedded.put(keys[i], next);
        } else {
          setAt(array(at, path), position(keys[i], path), next);
        }
      } else if (!(next instanceof Document) && !(next instanceof List<?>)) {
        throw new IllegalStateException(
            path + " passes through " + keys[i] + ", which holds " + next);
      }
      at = next;
    }
    return at;
  }

  private static Object child(Object container, String key) {
    if (container instanceof Map<?, ?> map) {
      return map.get(key);
    }
    if (container instanceof List<?> list && key.chars().allMatch(Character::isDigit)) {
      int position = Integer.parseInt(key);
      return position < list.size() ? list.get(position) : null;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Object container, String path) {
    if (!(container instanceof List<?>)) {
      throw new IllegalStateException(path + " passes through " + container + ", not an array");
    }
    return (List<Object>) container;
  }

  private static int position(String key, String path) {
    if (key.isEmpty() || !key.chars().allMatch(Character::isDigit)) {
      throw new IllegalStateException(path + " names " + key + " in an array");
    }
    return Integer.parseInt(key);
  }

  /** Sets a position of an array, padding it with nulls as MongoDB does. */
  private static void setAt(List<Object> list, int position, Object value) {
    while (list.size() <= position) {
      list.add(null);
    }
    list.set(position, value);
  }

  /** A copy that can be changed later: the update's own values may be immutable. */
  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Document copied = new Document();
      map.forEach((key, item) -> copied.put((String) key, copy(item)));
      return copied;
    }
    if (value instanceof List<?> list) {
      List<Object> copied = new ArrayList<>(list.size());
      list.forEach(item -> copied.add(copy(item)));
      return copied;
    }
    return value;
  }
}
