package org.liandong.web.evaluation;

import java.util.Map;
import java.util.stream.Collectors;
import org.liandong.web.api.ApiProblem;

/**
 * A form the API refused, to show again on its page: what was typed and the reason beside each
 * field the API named. Each form of a page has a name, so that only the refused one shows them.
 *
 * @param errors the reasons by the form's own field names
 */
record Refusal(
    String form, Map<String, String> values, Map<String, String> errors, String problem) {

  /** No form refused. */
  static final Refusal NONE = new Refusal("", Map.of(), Map.of(), null);

  /** The API's refusal of a form whose fields are named as the API names them. */
  static Refusal of(String form, Map<String, String> values, ApiProblem problem) {
    return new Refusal(form, values, problem.fieldErrors(), problem.getMessage());
  }

  /** Whether the named form is the one refused. */
  public boolean refused(String name) {
    return form.equals(name);
  }

  /** The reason beside a field of the named form, null when it was not refused. */
  public String error(String name, String field) {
    return refused(name) ? errors.get(field) : null;
  }

  /**
   * The reasons for a field and everything inside it ({@code scheme}, {@code
   * scheme.sections[0].points}), each with the path it names; null when there are none.
   */
  public String errorsUnder(String name, String field) {
    if (!refused(name)) {
      return null;
    }
    String reasons =
        errors.entrySet().stream()
            .filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "."))
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("; "));
    return reasons.isEmpty() ? null : reasons;
  }

  /** What was typed in a field of the named form; the fallback when it was not refused. */
  public String value(String name, String field, Object fallback) {
    if (refused(name) && values.containsKey(field)) {
      return values.get(field);
    }
    return fallback == null ? null : fallback.toString();
  }

  /** The refusal's reason for the named form, null when it was not refused. */
  public String problemOf(String name) {
    return refused(name) ? problem : null;
  }
}
