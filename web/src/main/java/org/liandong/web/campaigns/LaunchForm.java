package org.liandong.web.campaigns;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The launch-a-campaign form: departments and regions are chosen from the reference data. */
public record LaunchForm(
    String campaignId,
    String name,
    String focus,
    String leadDepartment,
    List<String> participatingDepartments,
    List<String> regions,
    LocalDate startsOn,
    LocalDate endsOn,
    String keyPoints) {

  public LaunchForm {
    participatingDepartments =
        participatingDepartments == null ? List.of() : participatingDepartments;
    regions = regions == null ? List.of() : regions;
  }

  static LaunchForm blank() {
    return new LaunchForm(null, null, null, null, List.of(), List.of(), null, null, null);
  }

  /** The body of {@code POST /campaigns}; key points are the form's non-blank lines. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("campaignId", campaignId);
    body.put("name", name);
    body.put("focus", focus);
    body.put("leadDepartment", leadDepartment);
    body.put("participatingDepartments", participatingDepartments);
    body.put("regions", regions);
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("startsOn", startsOn == null ? null : startsOn.toString());
    period.put("endsOn", endsOn == null ? null : endsOn.toString());
    body.put("period", period);
    body.put(
        "keyPoints",
        keyPoints == null
            ? List.of()
            : Arrays.stream(keyPoints.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
    return body;
  }
}
