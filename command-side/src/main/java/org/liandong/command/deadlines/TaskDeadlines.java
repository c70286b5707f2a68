package org.liandong.command.deadlines;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskId;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskReassigned;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The due dates of unfinished tasks, kept in MongoDB from the event store by a tracking processor
 * of its own, so that the overdue watch finds them after any restart. Every update sets a state, so
 * an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(TaskDeadlines.PROCESSOR)
public class TaskDeadlines {

  static final String PROCESSOR = "task-deadlines";
  static final String COLLECTION = "task_deadlines";

  /** An unfinished task and its due date. */
  record Deadline(CampaignId campaignId, TaskId taskId, LocalDate dueOn) {}

  private final MongoTemplate mongo;

  TaskDeadlines(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventHandler
  void on(TaskAssigned event) {
    watch(event.campaignId(), event.taskId(), event.dueOn());
  }

  @EventHandler
  void on(TaskReassigned event) {
    watch(event.campaignId(), event.taskId(), event.dueOn());
  }

  @EventHandler
  void on(TaskCompleted event) {
    unwatch(event.campaignId(), event.taskId());
  }

  @EventHandler
  void on(TaskCancelled event) {
    unwatch(event.campaignId(), event.taskId());
  }

  @EventHandler
  void on(TaskOverdue event) {
    unwatch(event.campaignId(), event.taskId());
  }

  /** A closed campaign's tasks are past being overdue. */
  @EventHandler
  void on(CampaignClosed event) {
    mongo.updateMulti(
        query(where("campaignId").is(event.campaignId().value())),
        new Update().set("open", false),
        COLLECTION);
  }

  /** Unfinished tasks due before {@code day}. */
  List<Deadline> dueBefore(LocalDate day) {
    return mongo
        .find(
            query(where("open").is(true).and("dueOn").lt(day.toString())),
            Document.class,
            COLLECTION)
        .stream()
        .map(
            document ->
                new Deadline(
                    new CampaignId(document.getString("campaignId")),
                    new TaskId(document.getString("taskId")),
                    LocalDate.parse(document.getString("dueOn"))))
        .toList();
  }

  private void watch(CampaignId campaignId, TaskId taskId, LocalDate dueOn) {
    mongo.upsert(
        query(where("_id").is(id(campaignId, taskId))),
        new Update()
            .set("campaignId", campaignId.value())
            .set("taskId", taskId.value())
            .set("dueOn", dueOn.toString())
            .set("open", true),
        COLLECTION);
  }

  private void unwatch(CampaignId campaignId, TaskId taskId) {
    mongo.updateFirst(
        query(where("_id").is(id(campaignId, taskId))),
        new Update().set("open", false),
        COLLECTION);
  }

  private static String id(CampaignId campaignId, TaskId taskId) {
    return campaignId.value() + "/" + taskId.value();
  }
}
