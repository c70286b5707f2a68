package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.InvalidValueException;
import org.liandong.model.reference.ReferenceData;

/** A code that must be a department of the reference data (see /reference/departments). */
public record DepartmentCode(@JsonValue String value) implements Comparable<DepartmentCode> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DepartmentCode {
    if (value == null || ReferenceData.instance().department(value).isEmpty()) {
      throw InvalidValueException.of(
          "unknown code '"
              + value
              + "': must be a department of the reference data (see /reference/departments)");
    }
  }

  @Override
  public int compareTo(DepartmentCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
