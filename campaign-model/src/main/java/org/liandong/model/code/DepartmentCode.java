package org.liandong.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.Require;

/**
 * A department code. Its form is checked here; whether the reference data names it (see
 * /reference/departments) is checked where new commands come in, so that a reader decodes codes
 * newer than its own reference data.
 */
public record DepartmentCode(@JsonValue String value) implements Code<DepartmentCode> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DepartmentCode {
    Require.code(value, FORM, "a department code (2 to 16 capital letters, digits or _)");
  }

  @Override
  public String toString() {
    return value;
  }
}
