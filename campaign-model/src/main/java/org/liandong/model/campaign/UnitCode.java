package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.InvalidValueException;
import org.liandong.model.reference.ReferenceData;

/** A code that must be a unit of the reference data (see /reference/units). */
public record UnitCode(@JsonValue String value) implements Comparable<UnitCode> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnitCode {
    if (value == null || ReferenceData.instance().unit(value).isEmpty()) {
      throw InvalidValueException.of(
          "unknown code '"
              + value
              + "': must be a unit of the reference data (see /reference/units)");
    }
  }

  @Override
  public int compareTo(UnitCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
