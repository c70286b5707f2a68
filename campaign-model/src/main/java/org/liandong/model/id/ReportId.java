package org.liandong.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A field report's id within its campaign, chosen by the reporting client: the same id sent again
 * is the same report, acknowledged once.
 */
public record ReportId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ReportId {
    ClientId.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
