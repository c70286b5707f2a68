package org.liandong.web.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Between a report form's text fields and the API's JSON body. Numbers are sent as numbers when
 * they read as one and as the text otherwise, so that the API, not the app, refuses them and names
 * the field; blank fields are left out, so that the API names a missing one.
 */
final class ReportBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportBody() {}

  /** The body of a new report or a correction: the form's fields of the kind, by their paths. */
  static Map<String, Object> of(
      ReportKind kind, String reportId, String department, Map<String, String> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reportId", reportId);
    body.put("department", department);
    for (ReportField field : kind.fields()) {
      String text = form.getOrDefault(field.name(), "").strip();
      if (!text.isEmpty()) {
        put(body, field.name(), field.type().numeric() ? number(text) : text);
      }
    }
    return body;
  }

  /** A recorded report (the ledger's JSON text) as form values, to start a correction from. */
  static Map<String, String> valuesOf(String recordedReport) {
    Map<String, String> values = new HashMap<>();
    try {
      flatten("", JSON.readTree(recordedReport), values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
    node.fields()
        .forEachRemaining(
            field -> {
              String name = prefix + field.getKey();
              if (field.getValue().isObject()) {
                flatten(name + ".", field.getValue(), values);
              } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                values.put(name, field.getValue().asText());
              }
            });
  }

  private static Object number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> body, String path, Object value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      body.put(path, value);
      return;
    }
    Map<String, Object> inner =
        (Map<String, Object>)
            body.computeIfAbsent(path.substring(0, dot), name -> new LinkedHashMap<>());
    put(inner, path.substring(dot + 1), value);
  }
}
