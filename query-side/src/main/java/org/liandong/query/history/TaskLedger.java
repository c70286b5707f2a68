package org.liandong.query.history;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.query.projection.ProjectionVersions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every campaign's tasks as they stood at a moment by recording time, folded from the history (the
 * one view that keeps when each task event was recorded): who has each task, in which region,
 * whether it was completed, on time, or cancelled. Evaluation rounds count them as of their
 * cut-off.
 */
@Component
public class TaskLedger {

  /** A task at the moment: {@code region} null for a national task. */
  public record TaskState(
      String campaignId,
      String taskId,
      String department,
      String region,
      String dueOn,
      String completedOn,
      boolean completed,
      boolean onTime,
      boolean cancelled) {

    TaskState with(Document event, String type) {
      return switch (type) {
        case "TaskReassigned" ->
            new TaskState(
                campaignId,
                taskId,
                event.getString("to"),
                event.getString("region"),
                event.getString("dueOn"),
                completedOn,
                completed,
                onTime,
                cancelled);
        case "TaskCompleted" ->
            new TaskState(
                campaignId,
                taskId,
                department,
                region,
                dueOn,
                event.getString("completedOn"),
                true,
                event.getBoolean("onTime", false),
                cancelled);
        case "TaskCancelled" ->
            new TaskState(
                campaignId,
                taskId,
                department,
                region,
                dueOn,
                completedOn,
                completed,
                onTime,
                true);
        default -> this;
      };
    }
  }

  private static final List<String> TYPES =
      List.of("TaskAssigned", "TaskReassigned", "TaskCompleted", "TaskCancelled");

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;

  public TaskLedger(MongoTemplate mongo, ProjectionVersions versions) {
    this.mongo = mongo;
    this.versions = versions;
  }

  /** Every task assigned by the moment, as its events recorded by then make it. */
  public List<TaskState> asRecordedBy(Instant moment) {
    Map<String, TaskState> tasks = new LinkedHashMap<>();
    Query events =
        new Query(where("type").in(TYPES)).with(Sort.by("subject").and(Sort.by("sequence")));
    for (Document entry :
        mongo.find(events, Document.class, versions.serving(HistoryProjection.NAME))) {
      if (Instant.parse(entry.getString("recordedAt")).isAfter(moment)) {
        continue;
      }
      Document event = entry.get("event", Document.class);
      String key = entry.getString("subject") + "/" + event.getString("taskId");
      String type = entry.getString("type");
      if (type.equals("TaskAssigned")) {
        tasks.put(
            key,
            new TaskState(
                entry.getString("subject"),
                event.getString("taskId"),
                event.getString("department"),
                event.getString("region"),
                event.getString("dueOn"),
                null,
                false,
                false,
                false));
      } else {
        tasks.computeIfPresent(key, (k, task) -> task.with(event, type));
      }
    }
    return new ArrayList<>(tasks.values());
  }
}
