package org.liandong.web.reports;

import java.util.List;

/**
 * One field of a report form, named by its path in the API's body ({@code quantity.amount}), which
 * is also the name the API's refusals give it, so that a refusal lands beside its field.
 *
 * @param choices the fixed values of a {@link FieldType#CHOICE} field
 */
record ReportField(String name, FieldType type, boolean required, List<String> choices) {

  static ReportField required(String name, FieldType type) {
    return new ReportField(name, type, true, List.of());
  }

  static ReportField optional(String name, FieldType type) {
    return new ReportField(name, type, false, List.of());
  }

  static ReportField choice(String name, String... choices) {
    return new ReportField(name, FieldType.CHOICE, true, List.of(choices));
  }

  /** The id of its input (and of its error's element), a name without dots. */
  public String inputId() {
    return "field-" + name.replace('.', '-');
  }
}
