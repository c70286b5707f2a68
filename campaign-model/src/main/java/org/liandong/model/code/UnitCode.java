package org.liandong.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.Require;

/**
 * A unit code. Its form is checked here; whether the reference data names it (see /reference/units)
 * is checked where new commands come in, so that a reader decodes codes newer than its own
 * reference data.
 */
public record UnitCode(@JsonValue String value) implements Code<UnitCode> {

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,15}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnitCode {
    Require.code(value, FORM, "a unit code (1 to 16 small letters, digits or _)");
  }

  @Override
  public String toString() {
    return value;
  }
}
