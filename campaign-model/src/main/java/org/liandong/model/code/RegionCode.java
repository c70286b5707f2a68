package org.liandong.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.Require;

/**
 * A region code: the two digits of a GB/T 2260 province code (66 for the XPCC). Its form is checked
 * here; whether it is one of the 32 evaluation regions is checked where new commands come in, so
 * that a reader decodes codes newer than its own reference data.
 */
public record RegionCode(@JsonValue String value) implements Code<RegionCode> {

  private static final Pattern FORM = Pattern.compile("[0-9]{2}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RegionCode {
    Require.code(value, FORM, "a region code (the two digits of a GB/T 2260 province code)");
  }

  @Override
  public String toString() {
    return value;
  }
}
