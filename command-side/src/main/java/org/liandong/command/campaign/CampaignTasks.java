package org.liandong.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.liandong.access.ScopeRule;
import org.liandong.command.Fingerprint;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.TaskAcknowledged;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskProgressNoted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AcknowledgeTaskCommand;
import org.liandong.model.task.AssignTaskCommand;
import org.liandong.model.task.CancelTaskCommand;
import org.liandong.model.task.CompleteTaskCommand;
import org.liandong.model.task.MarkTaskOverdueCommand;
import org.liandong.model.task.NoteTaskProgressCommand;
import org.liandong.model.task.ReassignTaskCommand;

/**
 * A campaign's tasks: the rules for assigning and working on them, and what the campaign remembers
 * of each ({@link TaskRecord}). A member of the {@link Campaign} aggregate, which hands it the
 * commands about tasks together with itself, for the rules that belong to the whole campaign.
 */
@SnapshotState
class CampaignTasks extends CampaignPart {

  private Map<String, TaskRecord> tasks = new HashMap<>();

  /** For Jackson, which sets the campaign as it reads a snapshot. */
  CampaignTasks() {}

  CampaignTasks(Campaign campaign) {
    super(campaign);
  }

  @CommandHandler
  Acknowledgement handle(AssignTaskCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, Campaign.OFFICE_ONLY);
    TaskAssigned assigned =
        new TaskAssigned(
            campaign.id(),
            command.taskId(),
            command.department(),
            command.region(),
            command.title(),
            command.dueOn(),
            command.targets());
    TaskRecord known = tasks.get(command.taskId().value());
    if (known != null) {
      if (known.fingerprint() == fingerprint(assigned)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "taskId", "task " + command.taskId() + " was already assigned with other details");
    }
    campaign.requireOpen();
    campaign.requireParticipant(command.department(), "department");
    if (command.region() != null) {
      campaign.requireInScope(command.region());
    }
    if (command.dueOn().isBefore(campaign.startsOn())) {
      throw RuleViolation.rule("dueOn", "is before the campaign starts on " + campaign.startsOn());
    }
    apply(assigned);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AcknowledgeTaskCommand command, Actor actor) {
    TaskRecord task = worked(command.taskId(), command.department(), actor);
    if (task.status() != TaskRecord.Status.ASSIGNED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    apply(new TaskAcknowledged(campaign.id(), command.taskId(), command.department()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(NoteTaskProgressCommand command, Actor actor) {
    TaskRecord task = worked(command.taskId(), command.department(), actor);
    if (task.lastNote() == Fingerprint.of(command.note())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    requireUnfinished(command.taskId(), task);
    apply(
        new TaskProgressNoted(
            campaign.id(), command.taskId(), command.department(), command.note()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(CompleteTaskCommand command, Actor actor) {
    TaskRecord task = worked(command.taskId(), command.department(), actor);
    if (task.status() == TaskRecord.Status.COMPLETED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    requireUnfinished(command.taskId(), task);
    LocalDate today = Campaign.today();
    apply(
        new TaskCompleted(
            campaign.id(),
            command.taskId(),
            command.department(),
            command.note(),
            today,
            !today.isAfter(task.dueOn())));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ReassignTaskCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, Campaign.OFFICE_ONLY);
    TaskRecord task = known(command.taskId());
    if (task.department().equals(command.department())
        && task.dueOn().equals(command.dueOn())
        && Objects.equals(task.region(), command.region())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    requireUnfinished(command.taskId(), task);
    campaign.requireParticipant(command.department(), "department");
    if (command.region() != null) {
      campaign.requireInScope(command.region());
    }
    apply(
        new TaskReassigned(
            campaign.id(),
            command.taskId(),
            task.title(),
            task.department(),
            command.department(),
            command.region(),
            command.dueOn()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(CancelTaskCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, Campaign.OFFICE_ONLY);
    TaskRecord task = known(command.taskId());
    if (task.status() == TaskRecord.Status.CANCELLED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    requireUnfinished(command.taskId(), task);
    apply(new TaskCancelled(campaign.id(), command.taskId(), task.department(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  /**
   * Sent by the deadline watch, which may send it more than once or late: a task finished, already
   * overdue or not yet due is left as it is, and so is every task of a closed campaign, which
   * changes no more.
   */
  @CommandHandler
  Acknowledgement handle(MarkTaskOverdueCommand command, Actor actor) {
    ScopeRule.requirePlatform(actor, "tasks become overdue by themselves");
    TaskRecord task = known(command.taskId());
    if (campaign.closed()
        || task.finished()
        || task.overdue()
        || !Campaign.today().isAfter(task.dueOn())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    apply(new TaskOverdue(campaign.id(), command.taskId(), task.department(), task.dueOn()));
    return Acknowledgement.RECORDED;
  }

  private TaskRecord known(TaskId taskId) {
    TaskRecord task = tasks.get(taskId.value());
    if (task == null) {
      throw RuleViolation.rule("taskId", "campaign " + campaign.id() + " has no task " + taskId);
    }
    return task;
  }

  /** A task the actor may work on where it lies, assigned to the department the body names. */
  private TaskRecord worked(TaskId taskId, DepartmentCode department, Actor actor) {
    TaskRecord task = known(taskId);
    ScopeRule.requireChange(actor, task.department(), task.region(), "taskId");
    if (!task.department().equals(department)) {
      throw RuleViolation.rule(
          "department", "task " + taskId + " is assigned to " + task.department());
    }
    return task;
  }

  private static void requireUnfinished(TaskId taskId, TaskRecord task) {
    if (task.finished()) {
      throw RuleViolation.rule(
          "taskId", "task " + taskId + " is " + task.status().name().toLowerCase(Locale.ROOT));
    }
  }

  @EventSourcingHandler
  void on(TaskAssigned event) {
    tasks.put(
        event.taskId().value(),
        new TaskRecord(
            fingerprint(event),
            event.title(),
            event.department(),
            event.region(),
            event.dueOn(),
            TaskRecord.Status.ASSIGNED,
            false,
            0));
  }

  @EventSourcingHandler
  void on(TaskAcknowledged event) {
    change(event.taskId(), task -> task.withStatus(TaskRecord.Status.ACKNOWLEDGED));
  }

  @EventSourcingHandler
  void on(TaskProgressNoted event) {
    change(event.taskId(), task -> task.withNote(Fingerprint.of(event.note())));
  }

  @EventSourcingHandler
  void on(TaskCompleted event) {
    change(event.taskId(), task -> task.withStatus(TaskRecord.Status.COMPLETED));
  }

  @EventSourcingHandler
  void on(TaskCancelled event) {
    change(event.taskId(), task -> task.withStatus(TaskRecord.Status.CANCELLED));
  }

  @EventSourcingHandler
  void on(TaskReassigned event) {
    change(event.taskId(), task -> task.reassigned(event.to(), event.region(), event.dueOn()));
  }

  @EventSourcingHandler
  void on(TaskOverdue event) {
    change(event.taskId(), TaskRecord::markedOverdue);
  }

  private void change(TaskId taskId, UnaryOperator<TaskRecord> change) {
    tasks.computeIfPresent(taskId.value(), (id, task) -> change.apply(task));
  }

  private static long fingerprint(TaskAssigned event) {
    return Fingerprint.of(
        event.department(), event.region(), event.title(), event.dueOn(), event.targets());
  }
}
