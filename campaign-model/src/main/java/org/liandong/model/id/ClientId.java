package org.liandong.model.id;

import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;

/** The format shared by ids that clients choose for the things they create (tasks, reports). */
final class ClientId {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:-]{0,63}");

  private ClientId() {}

  static String check(String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw InvalidValueException.of(
          "must be 1 to 64 letters, digits, '_', ':' or '-', starting with a letter or digit");
    }
    return value;
  }
}
