package org.liandong.web.reports;

/** How a report's field is entered, and so how its text is sent to the API. */
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
  /** One of the field's own fixed choices. */
  CHOICE;

  boolean numeric() {
    return this == COUNT || this == AMOUNT;
  }
}
