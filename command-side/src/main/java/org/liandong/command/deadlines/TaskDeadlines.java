package org.liandong.command.deadlines;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.liandong.command.publishing.PublishedEventFollower;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The due dates of unfinished tasks, kept in MongoDB from the events as they are published, so that
 * the overdue watch finds them after any restart and misses no event however late its commit became
 * visible. Every update sets a state, so an event followed twice changes nothing.
 */
@Component
public class TaskDeadlines implements PublishedEventFollower {

  static final String COLLECTION = "task_deadlines";

  /** An unfinished task and its due date. */
  record Deadline(CampaignId campaignId, TaskId taskId, LocalDate dueOn) {}

  private final MongoTemplate mongo;

  TaskDeadlines(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void follow(List<DomainEventMessage<?>> events) {
    events.forEach(event -> follow(event.getPayload()));
  }

  private void follow(Object event) {
    if (event instanceof TaskAssigned assigned) {
      watch(assigned.campaignId(), assigned.taskId(), assigned.dueOn());
    } else if (event instanceof TaskReassigned reassigned) {
      watch(reassigned.campaignId(), reassigned.taskId(), reassigned.dueOn());
    } else if (event instanceof TaskCompleted completed) {
      unwatch(completed.campaignId(), completed.taskId());
    } else if (event instanceof TaskCancelled cancelled) {
      unwatch(cancelled.campaignId(), cancelled.taskId());
    } else if (event instanceof TaskOverdue overdue) {
      unwatch(overdue.campaignId(), overdue.taskId());
    } else if (event instanceof CampaignClosed closed) {
      unwatchAll(closed.campaignId());
    }
  }

  /** A closed campaign's tasks are past being overdue. */
  private void unwatchAll(CampaignId campaignId) {
    mongo.updateMulti(
        query(where("campaignId").is(campaignId.value())),
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
