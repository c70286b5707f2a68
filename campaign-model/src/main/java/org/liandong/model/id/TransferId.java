package org.liandong.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One transfer of a case, named by the sending department. */
public record TransferId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TransferId {
    ClientId.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
