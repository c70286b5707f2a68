package org.liandong.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;

/**
 * How a report's field is entered, and so how its text is sent to the API; read from the field's
 * type in the contract.
 */
enum FieldType {
  TEXT,
  LONG_TEXT,
  DATE,
  /** A whole number, sent as a JSON number. */
  COUNT,
  /** A decimal (yuan, a quantity), sent as a JSON number. */
  AMOUNT,
  /** One of the campaign's regions, or none: a national figure. */
  REGION,
  CATEGORY,
  UNIT,
  /** One of the field's own fixed choices: the constants of an enum of the contract. */
  CHOICE;

  boolean numeric() {
    return this == COUNT || this == AMOUNT;
  }

  /**
   * The input for a field of this type: a code of the reference data, an enum's constants, a
   * number, a day or text; free notes get room to write.
   *
   * @throws IllegalStateException for a type no input is made for yet, so that a new kind of field
   *     in the contract fails the app's tests rather than its users
   */
  static FieldType of(String name, Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class) {
      return COUNT;
    }
    if (type == BigDecimal.class || wraps(type, BigDecimal.class)) {
      return AMOUNT;
    }
    if (type.isEnum()) {
      return CHOICE;
    }
    if (type == CategoryCode.class) {
      return CATEGORY;
    }
    if (type == UnitCode.class) {
      return UNIT;
    }
    if (type == RegionCode.class) {
      return REGION;
    }
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type == String.class) {
      return "notes".equals(name) ? LONG_TEXT : TEXT;
    }
    throw new IllegalStateException("no input for " + name + " of " + type.getName());
  }

  /** A value object of one part of the given type ({@code Money} of a {@code BigDecimal}). */
  static boolean wraps(Class<?> type, Class<?> part) {
    return type.isRecord()
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == part;
  }
}
