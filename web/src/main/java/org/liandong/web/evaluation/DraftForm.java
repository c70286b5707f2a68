package org.liandong.web.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.model.campaign.BusinessCalendar;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's draft of a round: its id, year, title, cut-off (Beijing time, to the second) and
 * scheme, the scheme as the JSON the API takes (docs/events.md), starting from an example.
 */
record DraftForm(
    String roundId,
    String year,
    String title,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime cutOff,
    String scheme) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static DraftForm blank() {
    try (InputStream example =
        DraftForm.class.getResourceAsStream("/evaluation/example-scheme.json")) {
      return new DraftForm(
          null, null, null, null, new String(example.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The body of {@code POST /evaluations}: the year a number when it reads as one, the scheme as
   * JSON when it reads as such; otherwise both as typed, for the API to refuse by their names.
   */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("roundId", roundId);
    body.put("year", year == null ? null : ApiBody.parsed(year.strip()));
    body.put("title", title);
    body.put("cutOff", cutOff == null ? null : cutOff.atZone(BusinessCalendar.ZONE).toInstant());
    body.put("scheme", parsedScheme());
    body.values().removeIf(value -> value == null || "".equals(value));
    return body;
  }

  /** The cut-off as the form's field shows it. */
  public String cutOffShown() {
    return cutOff == null ? "" : cutOff.toString();
  }

  private Object parsedScheme() {
    if (scheme == null || scheme.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(scheme);
    } catch (JsonProcessingException e) {
      return scheme;
    }
  }
}
