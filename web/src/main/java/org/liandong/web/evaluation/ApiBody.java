package org.liandong.web.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An API body from a form's named fields, and nothing else the form posts (its CSRF token). A
 * number is sent as a number when it reads as one and as the text otherwise, so that the API, not
 * the app, refuses it and names the field; a blank field is left out, so that the API names a
 * missing one.
 */
final class ApiBody {

  private final Map<String, String> form;
  private final Map<String, Object> body = new LinkedHashMap<>();

  private ApiBody(Map<String, String> form) {
    this.form = form;
  }

  static ApiBody from(Map<String, String> form) {
    return new ApiBody(form);
  }

  ApiBody text(String... fields) {
    for (String field : fields) {
      String typed = typed(field);
      if (!typed.isEmpty()) {
        body.put(field, typed);
      }
    }
    return this;
  }

  ApiBody number(String... fields) {
    for (String field : fields) {
      String typed = typed(field);
      if (!typed.isEmpty()) {
        body.put(field, parsed(typed));
      }
    }
    return this;
  }

  Map<String, Object> build() {
    return body;
  }

  /** The text as a number when it reads as one, else the text itself. */
  static Object parsed(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private String typed(String field) {
    String value = form.get(field);
    return value == null ? "" : value.strip();
  }
}
