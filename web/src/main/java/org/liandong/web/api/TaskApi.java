package org.liandong.web.api;

import static org.liandong.web.api.JsonChanges.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.client.RestClient;

/**
 * A task's life after its assignment: the department acknowledges it, notes its progress and
 * completes it; the office reassigns or cancels it.
 */
public final class TaskApi {

  private static final String TASK = "/campaigns/{id}/tasks/{task}/";

  private final RestClient commands;

  TaskApi(RestClient commands) {
    this.commands = commands;
  }

  /** A department's step in working a task, each sent to the task's path of its name. */
  public enum Step {
    /** It has seen the task. */
    ACKNOWLEDGEMENT,
    /** Its progress; the API refuses a blank note, naming {@code note}. */
    PROGRESS,
    /** It is done, with a note when one is given. */
    COMPLETION;

    /** The step's name in the command side's paths, and the pages'. */
    public String path() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A step the department takes on a task, with its note; a blank note is left out. */
  public void take(String campaignId, String taskId, Step step, String department, String note) {
    post(commands, TASK + step.path(), noted(department, note), campaignId, taskId);
  }

  /** To another department, region (none: nationwide) or due date. */
  public void reassign(
      String campaignId, String taskId, String department, String region, LocalDate dueOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("department", department);
    if (region != null && !region.isBlank()) {
      body.put("region", region);
    }
    body.put("dueOn", dueOn == null ? null : dueOn.toString());
    post(commands, TASK + "reassignment", body, campaignId, taskId);
  }

  public void cancel(String campaignId, String taskId, String reason) {
    post(commands, TASK + "cancellation", Map.of("reason", reason), campaignId, taskId);
  }

  private static Map<String, Object> noted(String department, String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("department", department);
    if (note != null && !note.isBlank()) {
      body.put("note", note);
    }
    return body;
  }
}
