package org.liandong.model.evaluation;

import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;

/**
 * The form of the codes a scheme gives its sections and indicators, such as {@code A1}, and of the
 * ids senders choose for what they add to a round.
 */
final class SchemeCodes {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:-]{0,63}");

  private SchemeCodes() {}

  /** An id the sender chooses, so that a retry names the same thing. */
  static String clientId(String value, String field) {
    if (value == null || !CLIENT_ID.matcher(value).matches()) {
      throw new InvalidValueException(
          field,
          "must be 1 to 64 letters, digits, '_', ':' or '-', starting with a letter or digit");
    }
    return value;
  }

  static String code(String value, String field) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          field, "must be 1 to 16 capital letters, digits or '_', starting with a letter");
    }
    return value;
  }
}
