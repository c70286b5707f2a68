package org.liandong.query.department;

import static org.liandong.query.projection.Stored.count;
import static org.liandong.query.projection.Stored.nested;
import static org.liandong.query.projection.Stored.text;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.liandong.model.campaign.Figure;
import org.liandong.model.code.RegionCode;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Targets;
import org.liandong.query.projection.OncePerSequence;

/**
 * A department's workspace as {@link DepartmentWorkspaceProjection} stores it, one per department,
 * and the one place that names its fields: the projection writes by these paths and {@link #read}
 * reads a stored one back. Its figures, and each campaign's, are blocks of totals named by {@link
 * FigureBlocks}; each campaign keeps the last sequence it took in from that campaign. The figures
 * the as-of workspace counts from the ledger have the same shape, and are read the same way.
 *
 * @param campaigns by campaign id, in id order
 */
record DepartmentWorkspaceDocument(FigureBlocks figures, Map<String, Campaign> campaigns) {

  static final String ID = "_id";
  private static final String CAMPAIGNS = "campaigns";

  /** What a department is in a campaign. */
  enum Role {
    LEAD,
    PARTICIPANT,
    WITHDRAWN
  }

  /** Where a task stands. */
  enum TaskStatus {
    ASSIGNED,
    ACKNOWLEDGED,
    COMPLETED,
    CANCELLED
  }

  /**
   * The department in one campaign.
   *
   * @param role null in figures counted from the ledger, which knows no roles
   * @param tasks by task id
   */
  record Campaign(Role role, FigureBlocks figures, Map<String, Task> tasks) {

    private static final String ROLE = "role";
    private static final String TASKS = "tasks";

    /** The path of a campaign, below which its figures are kept. */
    static String path(String campaignId) {
      return CAMPAIGNS + "." + campaignId;
    }

    static String role(String campaignId) {
      return path(campaignId) + "." + ROLE;
    }

    static String lastSequence(String campaignId) {
      return OncePerSequence.lastSequence(path(campaignId));
    }

    static Campaign read(Document stored) {
      Map<String, Task> tasks = new TreeMap<>();
      nested(stored, TASKS)
          .forEach((taskId, task) -> tasks.put(taskId, Task.read((Document) task)));
      return new Campaign(text(stored, ROLE, Role::valueOf), FigureBlocks.read(stored), tasks);
    }

    /** The same campaign with only the given figures and tasks. */
    Campaign with(FigureBlocks figures, Map<String, Task> tasks) {
      return new Campaign(role, figures, tasks);
    }
  }

  /**
   * A task as its department sees it.
   *
   * @param targets by figure; kept when the task is only reassigned
   * @param notes how many progress notes it has had
   */
  record Task(
      String title,
      RegionCode region,
      LocalDate dueOn,
      TaskStatus status,
      boolean overdue,
      Map<Figure, Long> targets,
      long notes,
      String lastNote,
      LocalDate completedOn,
      Boolean onTime,
      String cancelReason) {

    static final String TITLE = "title";
    static final String REGION = "region";
    static final String DUE_ON = "dueOn";
    static final String STATUS = "status";
    static final String OVERDUE = "overdue";
    static final String TARGETS = "targets";
    static final String NOTES = "notes";
    static final String LAST_NOTE = "lastNote";
    static final String COMPLETED_ON = "completedOn";
    static final String ON_TIME = "onTime";
    static final String CANCEL_REASON = "cancelReason";

    /** The path of a task. */
    static String path(String campaignId, String taskId) {
      return Campaign.path(campaignId) + "." + Campaign.TASKS + "." + taskId;
    }

    static Task read(Document stored) {
      return new Task(
          stored.getString(TITLE),
          text(stored, REGION, RegionCode::new),
          text(stored, DUE_ON, LocalDate::parse),
          text(stored, STATUS, TaskStatus::valueOf),
          stored.getBoolean(OVERDUE, false),
          Targets.read(nested(stored, TARGETS)),
          count(stored, NOTES),
          stored.getString(LAST_NOTE),
          text(stored, COMPLETED_ON, LocalDate::parse),
          stored.getBoolean(ON_TIME),
          stored.getString(CANCEL_REASON));
    }
  }

  /** A stored workspace, or figures in its shape; null reads as an empty one. */
  static DepartmentWorkspaceDocument read(Document stored) {
    Document workspace = stored == null ? new Document() : stored;
    Map<String, Campaign> campaigns = new TreeMap<>();
    nested(workspace, CAMPAIGNS)
        .forEach((id, campaign) -> campaigns.put(id, Campaign.read((Document) campaign)));
    return new DepartmentWorkspaceDocument(FigureBlocks.read(workspace), campaigns);
  }
}
