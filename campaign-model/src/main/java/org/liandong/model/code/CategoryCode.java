package org.liandong.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.Require;

/**
 * A goods category code. Its form is checked here; whether the reference data names it (see
 * /reference/goods-categories) is checked where new commands come in, so that a reader decodes
 * codes newer than its own reference data.
 */
public record CategoryCode(@JsonValue String value) implements Code<CategoryCode> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CategoryCode {
    Require.code(value, FORM, "a goods category code (2 to 40 capital letters, digits or _)");
  }

  @Override
  public String toString() {
    return value;
  }
}
