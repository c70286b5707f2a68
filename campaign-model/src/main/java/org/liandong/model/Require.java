package org.liandong.model;

import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks used by the compact constructors of commands and events. */
public final class Require {

  private Require() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  public static String text(String value, String field, int maxLength) {
    present(value, field);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
    }
    if (trimmed.chars().anyMatch(Require::isForbiddenControl)) {
      throw new InvalidValueException(
          field, "must not contain control characters other than tab and line breaks");
    }
    return trimmed;
  }

  /** The most any one report may count of one thing (sites, suspects, websites ...). */
  public static final int MAX_COUNT = 10_000_000;

  /** A count of things in one report: a whole number from 1 to {@link #MAX_COUNT}. */
  public static int count(Integer value, String field) {
    present(value, field);
    if (value <= 0) {
      throw new InvalidValueException(field, "must be positive");
    }
    if (value > MAX_COUNT) {
      throw new InvalidValueException(field, "must be at most " + MAX_COUNT);
    }
    return value;
  }

  /** Optional free text: {@code null} or blank becomes {@code null}. */
  public static String optionalText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return text(value, field, maxLength);
  }

  public static <C extends Collection<?>> C notEmpty(C values, String field) {
    present(values, field);
    if (values.isEmpty()) {
      throw new InvalidValueException(field, "must not be empty");
    }
    return noNulls(values, field);
  }

  /** Immutable collections refuse {@code contains(null)}, so every element is looked at. */
  public static <C extends Collection<?>> C noNulls(C values, String field) {
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new InvalidValueException(field, "must not contain null");
    }
    return values;
  }

  /**
   * The form of a code, and nothing more: whether the reference data names it is for the edge that
   * takes new commands to decide, since a reader must decode codes newer than its own data.
   */
  public static String code(String value, Pattern form, String description) {
    if (value == null || !form.matcher(value).matches()) {
      throw InvalidValueException.of("'" + value + "' is not " + description);
    }
    return value;
  }

  /** Control characters hide text from readers and break logs; tabs and line breaks are text. */
  private static boolean isForbiddenControl(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
  }
}
