package org.liandong.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A case's id, chosen by the department that first transfers it (its own case number). */
public record CaseId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CaseId {
    ClientId.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
