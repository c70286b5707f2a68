package org.liandong.query.department;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.TaskAcknowledged;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskProgressNoted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.event.DomainEvent;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.liandong.query.department.DepartmentWorkspaceDocument.Campaign;
import org.liandong.query.department.DepartmentWorkspaceDocument.Role;
import org.liandong.query.department.DepartmentWorkspaceDocument.Task;
import org.liandong.query.department.DepartmentWorkspaceDocument.TaskStatus;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.ReportIncrements;
import org.liandong.query.figures.Targets;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per department ({@link DepartmentWorkspaceDocument}): the campaigns it takes part
 * in, with its tasks and the totals of its reports in each, by region and by goods category; the
 * same totals across its campaigns; and the totals of the joint operations it took part in that
 * other departments reported.
 */
@Component
class DepartmentWorkspaceProjection implements Projection {

  static final String NAME = "department_workspaces";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    List<GuardedWrite> writes = new ArrayList<>();
    if (envelope.event() instanceof FieldReport report) {
      counted(writes, envelope, report, null);
    } else if (envelope.event() instanceof ReportCorrected correction) {
      counted(writes, envelope, correction.corrected(), correction.previous());
    } else if (envelope.event() instanceof ReportRetracted retraction) {
      counted(writes, envelope, null, retraction.previous());
    } else if (envelope.event() instanceof CampaignLaunched launched) {
      for (DepartmentCode department : launched.participatingDepartments()) {
        update(writes, department, envelope, joined(launched, department));
      }
    } else if (envelope.event() instanceof DepartmentJoined joined) {
      update(writes, joined.department(), envelope, role(envelope.subject(), Role.PARTICIPANT));
    } else if (envelope.event() instanceof DepartmentWithdrew withdrew) {
      update(writes, withdrew.department(), envelope, role(envelope.subject(), Role.WITHDRAWN));
    } else {
      taskChanges(envelope.event())
          .forEach(change -> update(writes, change.department(), envelope, change.update()));
    }
    return writes;
  }

  /** An update of one department's workspace. */
  private record Change(DepartmentCode department, Document update) {}

  /** What a task's event changes in the workspaces: its department's, and on reassignment two. */
  private static List<Change> taskChanges(DomainEvent event) {
    if (event instanceof TaskAssigned task) {
      return List.of(
          new Change(
              task.department(),
              assigned(
                  task.campaignId(),
                  task.taskId(),
                  task.title(),
                  task.region(),
                  task.dueOn(),
                  task.targets())));
    } else if (event instanceof TaskReassigned task) {
      Change received =
          new Change(
              task.to(),
              assigned(
                  task.campaignId(),
                  task.taskId(),
                  task.title(),
                  task.region(),
                  task.dueOn(),
                  null));
      return task.from().equals(task.to())
          ? List.of(received)
          : List.of(
              new Change(
                  task.from(),
                  new Document(
                      "$unset", new Document(taskPath(task.campaignId(), task.taskId()), ""))),
              received);
    }
    return statusChange(event).map(List::of).orElse(List.of());
  }

  /** What a task's acknowledgement, note, completion, cancellation or lateness changes. */
  private static Optional<Change> statusChange(DomainEvent event) {
    if (event instanceof TaskAcknowledged task) {
      return Optional.of(
          new Change(
              task.department(),
              taskSet(task.campaignId(), task.taskId(), status(TaskStatus.ACKNOWLEDGED))));
    } else if (event instanceof TaskProgressNoted task) {
      String path = taskPath(task.campaignId(), task.taskId());
      return Optional.of(
          new Change(
              task.department(),
              new Document("$set", new Document(path + "." + Task.LAST_NOTE, task.note()))
                  .append("$inc", new Document(path + "." + Task.NOTES, 1L))));
    } else if (event instanceof TaskCompleted task) {
      return Optional.of(
          new Change(
              task.department(),
              taskSet(
                  task.campaignId(),
                  task.taskId(),
                  status(TaskStatus.COMPLETED)
                      .append(Task.COMPLETED_ON, task.completedOn().toString())
                      .append(Task.ON_TIME, task.onTime()))));
    } else if (event instanceof TaskCancelled task) {
      return Optional.of(
          new Change(
              task.department(),
              taskSet(
                  task.campaignId(),
                  task.taskId(),
                  status(TaskStatus.CANCELLED).append(Task.CANCEL_REASON, task.reason()))));
    } else if (event instanceof TaskOverdue task) {
      return Optional.of(
          new Change(
              task.department(),
              taskSet(task.campaignId(), task.taskId(), new Document(Task.OVERDUE, true))));
    }
    return Optional.empty();
  }

  /**
   * Counts {@code report} in and {@code replaced} out (either may be null), in one write per
   * department concerned: the reporting one, and those of the joint operation.
   */
  private static void counted(
      List<GuardedWrite> writes, EventEnvelope envelope, FieldReport report, FieldReport replaced) {
    Map<DepartmentCode, Increments> byDepartment = new LinkedHashMap<>();
    if (report != null) {
      count(envelope.subject(), report, 1, byDepartment);
    }
    if (replaced != null) {
      count(envelope.subject(), replaced, -1, byDepartment);
    }
    byDepartment.forEach((department, inc) -> update(writes, department, envelope, inc.toUpdate()));
  }

  private static Document joined(CampaignLaunched launched, DepartmentCode department) {
    return role(
        launched.campaignId().value(),
        launched.leadDepartment().equals(department) ? Role.LEAD : Role.PARTICIPANT);
  }

  /** What a campaign is (name, phase ...) is read from its summary; here only the role. */
  private static Document role(String campaignId, Role role) {
    return new Document("$set", new Document(Campaign.role(campaignId), role.name()));
  }

  private static Document status(TaskStatus status) {
    return new Document(Task.STATUS, status.name());
  }

  /** A task as its department sees it; targets are kept when it is only reassigned. */
  private static Document assigned(
      CampaignId campaignId,
      TaskId taskId,
      String title,
      RegionCode region,
      LocalDate dueOn,
      Map<Figure, Long> targets) {
    String path = taskPath(campaignId, taskId);
    Document set =
        new Document(path + "." + Task.TITLE, title)
            .append(path + "." + Task.REGION, region == null ? null : region.value())
            .append(path + "." + Task.DUE_ON, dueOn.toString())
            .append(path + "." + Task.STATUS, TaskStatus.ASSIGNED.name())
            .append(path + "." + Task.OVERDUE, false);
    if (targets != null) {
      set.append(path + "." + Task.TARGETS, Targets.stored(targets));
    }
    return new Document("$set", set);
  }

  private static Document taskSet(CampaignId campaignId, TaskId taskId, Document fields) {
    String path = taskPath(campaignId, taskId);
    Document set = new Document();
    fields.forEach((field, value) -> set.append(path + "." + field, value));
    return new Document("$set", set);
  }

  private static String taskPath(CampaignId campaignId, TaskId taskId) {
    return Task.path(campaignId.value(), taskId.value());
  }

  /**
   * A report counts in its department's totals; a joint operation also shows in each co-operating
   * department's {@code jointTotals}, apart from its own totals, so that adding up departments
   * counts it once. The as-of workspace counts the same way.
   */
  static void count(
      String campaignId, FieldReport report, int sign, Map<DepartmentCode, Increments> into) {
    String campaign = Campaign.path(campaignId);
    Increments own = into.computeIfAbsent(report.department(), department -> new Increments());
    for (String level : new String[] {"", campaign}) {
      ReportIncrements.addTotalsAndRegion(own, level, report, sign);
      ReportIncrements.addGoodsAndRights(own, level, report, sign);
    }
    for (DepartmentCode cooperating : report.cooperatingDepartments()) {
      Increments joint = into.computeIfAbsent(cooperating, department -> new Increments());
      ReportIncrements.addTotals(joint, FigureBlocks.JOINT_TOTALS, report, sign);
      ReportIncrements.addTotals(
          joint, FigureBlocks.path(campaign, FigureBlocks.JOINT_TOTALS), report, sign);
    }
  }

  private static void update(
      List<GuardedWrite> writes,
      DepartmentCode department,
      EventEnvelope envelope,
      Document update) {
    writes.add(
        OncePerSequence.update(
            department.value(),
            Campaign.lastSequence(envelope.subject()),
            envelope.sequence(),
            update));
  }
}
