package org.liandong.web.campaigns;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.web.api.NewIds;

/**
 * The assign-a-task form. Its id is chosen when the form is shown, so that sending it twice (a
 * double click, a retry) assigns one task.
 */
public record TaskForm(
    String taskId, String department, String region, String title, LocalDate dueOn) {

  static TaskForm blank() {
    return new TaskForm(NewIds.of("T-", 8), null, null, null, null);
  }

  /** The body of {@code POST /campaigns/{id}/tasks}; a blank region is a nationwide task. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("taskId", taskId);
    body.put("department", department);
    if (region != null && !region.isBlank()) {
      body.put("region", region);
    }
    body.put("title", title);
    body.put("dueOn", dueOn == null ? null : dueOn.toString());
    return body;
  }
}
