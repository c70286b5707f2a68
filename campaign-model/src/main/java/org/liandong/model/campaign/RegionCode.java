package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.InvalidValueException;
import org.liandong.model.reference.ReferenceData;

/**
 * A code that must be one of the 32 evaluation regions (GB/T 2260 province code, 66 for the XPCC).
 */
public record RegionCode(@JsonValue String value) implements Comparable<RegionCode> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RegionCode {
    if (value == null || ReferenceData.instance().region(value).isEmpty()) {
      throw InvalidValueException.of(
          "unknown code '"
              + value
              + "': must be one of the 32 evaluation regions (GB/T 2260 province code, 66 for the XPCC)");
    }
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
