package org.liandong.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A side's refusal, read from its RFC 9457 problem+json answer. */
public final class ApiProblem extends RuntimeException {

  private final int status;
  private final String type;
  private final List<FieldProblem> errors;

  public ApiProblem(int status, String type, String detail, List<FieldProblem> errors) {
    super(detail == null ? "status " + status : detail);
    this.status = status;
    this.type = type;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  /** Whether the side refused what was sent (400, 409, 422), which a form shows by its fields. */
  public boolean refusesInput() {
    return status == 400 || status == 409 || status == 422;
  }

  public String type() {
    return type;
  }

  /** The reason per field, in the order the side named them; the first reason wins. */
  public Map<String, String> fieldErrors() {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.putIfAbsent(error.field(), error.reason()));
    return byField;
  }
}
