package org.liandong.query.history;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.liandong.query.projection.ServedViews;
import org.springframework.data.domain.Sort;
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
      CampaignId campaignId,
      TaskId taskId,
      DepartmentCode department,
      RegionCode region,
      LocalDate dueOn,
      LocalDate completedOn,
      boolean completed,
      boolean onTime,
      boolean cancelled) {

    static TaskState assigned(TaskAssigned task) {
      return new TaskState(
          task.campaignId(),
          task.taskId(),
          task.department(),
          task.region(),
          task.dueOn(),
          null,
          false,
          false,
          false);
    }

    TaskState with(CampaignEvent event) {
      if (event instanceof TaskReassigned moved) {
        return new TaskState(
            campaignId,
            taskId,
            moved.to(),
            moved.region(),
            moved.dueOn(),
            completedOn,
            completed,
            onTime,
            cancelled);
      } else if (event instanceof TaskCompleted done) {
        return new TaskState(
            campaignId,
            taskId,
            department,
            region,
            dueOn,
            done.completedOn(),
            true,
            done.onTime(),
            cancelled);
      } else if (event instanceof TaskCancelled) {
        return new TaskState(
            campaignId, taskId, department, region, dueOn, completedOn, completed, onTime, true);
      }
      return this;
    }
  }

  /** The events that make a task's state, by the type the history keeps them under. */
  private static final Map<String, Class<? extends CampaignEvent>> TASK_EVENTS =
      List.of(TaskAssigned.class, TaskReassigned.class, TaskCompleted.class, TaskCancelled.class)
          .stream()
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

  private static final ObjectMapper JSON = CampaignJson.mapper();

  private final ServedViews views;

  public TaskLedger(ServedViews views) {
    this.views = views;
  }

  /** Every task assigned by the moment, as its events recorded by then make it. */
  public List<TaskState> asRecordedBy(Instant moment) {
    Map<String, TaskState> tasks = new LinkedHashMap<>();
    Query events =
        new Query(where(HistoryEntry.TYPE).in(TASK_EVENTS.keySet()))
            .with(Sort.by(HistoryEntry.SUBJECT).and(Sort.by(HistoryEntry.SEQUENCE)));
    for (Document stored : views.find(HistoryProjection.NAME, events)) {
      HistoryEntry entry = HistoryEntry.read(stored);
      if (entry.recordedAt().isAfter(moment)) {
        continue;
      }
      CampaignEvent event = JSON.convertValue(entry.event(), TASK_EVENTS.get(entry.type()));
      if (event instanceof TaskAssigned assigned) {
        tasks.put(key(assigned.campaignId(), assigned.taskId()), TaskState.assigned(assigned));
      } else {
        tasks.computeIfPresent(
            key(event.campaignId(), taskOf(event)), (key, task) -> task.with(event));
      }
    }
    return new ArrayList<>(tasks.values());
  }

  private static String key(CampaignId campaignId, TaskId taskId) {
    return campaignId.value() + "/" + taskId.value();
  }

  /** The task a reassignment, completion or cancellation is of. */
  private static TaskId taskOf(CampaignEvent event) {
    if (event instanceof TaskReassigned moved) {
      return moved.taskId();
    } else if (event instanceof TaskCompleted done) {
      return done.taskId();
    }
    return ((TaskCancelled) event).taskId();
  }
}
