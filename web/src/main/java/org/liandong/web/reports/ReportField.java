package org.liandong.web.reports;

import java.util.List;

/**
 * One field of a report form, named by its path in the API's body ({@code quantity.amount}), which
 * is also the name the API's refusals give it, so that a refusal lands beside its field.
 *
 * @param required whether the contract refuses a report without it (the browser asks for it too)
 * @param choices the fixed values of a {@link FieldType#CHOICE} field
 */
record ReportField(String name, FieldType type, boolean required, List<String> choices) {

  /** The id of its input (and of its error's element), a name without dots. */
  public String inputId() {
    return "field-" + name.replace('.', '-');
  }
}
