package org.liandong.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A task's id within its campaign, chosen by the office so that a retried assignment is safe. */
public record TaskId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TaskId {
    ClientId.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
