package org.liandong.model.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.id.IdPrefix;

/**
 * A typical case's identity: {@code TC-} and a name of capitals and digits, such as {@code
 * TC-2024-NINGBO}, chosen by the proposing department. Campaigns may not take the prefix ({@link
 * IdPrefix#TYPICAL_CASE}).
 */
public record TypicalCaseId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TypicalCaseId {
    IdPrefix.TYPICAL_CASE.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
