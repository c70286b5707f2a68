package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.InvalidValueException;
import org.liandong.model.reference.ReferenceData;

/** A code that must be a goods category of the reference data (see /reference/goods-categories). */
public record CategoryCode(@JsonValue String value) implements Comparable<CategoryCode> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CategoryCode {
    if (value == null || ReferenceData.instance().goodsCategory(value).isEmpty()) {
      throw InvalidValueException.of(
          "unknown code '"
              + value
              + "': must be a goods category of the reference data (see /reference/goods-categories)");
    }
  }

  @Override
  public int compareTo(CategoryCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
