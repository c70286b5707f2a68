package org.liandong.query.campaign;

import static org.liandong.query.projection.Stored.count;
import static org.liandong.query.projection.Stored.instant;
import static org.liandong.query.projection.Stored.nested;
import static org.liandong.query.projection.Stored.text;
import static org.liandong.query.projection.Stored.texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.Phase;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Targets;

/**
 * A campaign's summary as {@link CampaignSummaryProjection} stores it, one per campaign, and the
 * one place that names its fields: the projection writes by these paths, {@link CampaignSummaries}
 * filters and sorts by them and reads the document back through {@link #read}. The blocks of totals
 * ({@code totals}, {@code byDepartment} ...) are named by {@link FigureBlocks}.
 *
 * @param targets a target per figure, keyed by the figure's name
 */
record CampaignSummaryDocument(
    CampaignId campaignId,
    String name,
    CampaignFocus focus,
    Phase phase,
    DepartmentCode leadDepartment,
    List<DepartmentCode> participatingDepartments,
    List<DepartmentCode> withdrawnDepartments,
    List<RegionCode> regions,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> keyPoints,
    Map<Figure, Long> targets,
    Instant launchedAt,
    Instant closedAt,
    String summary,
    Tasks tasks,
    FigureBlocks figures) {

  /**
   * Tasks assigned, completed (on time), cancelled, and that became overdue, counted under {@code
   * tasks}.
   */
  record Tasks(long assigned, long completed, long completedOnTime, long cancelled, long overdue) {

    static final String ASSIGNED = "tasks.assigned";
    static final String COMPLETED = "tasks.completed";
    static final String COMPLETED_ON_TIME = "tasks.completedOnTime";
    static final String CANCELLED = "tasks.cancelled";
    static final String OVERDUE = "tasks.overdue";

    private static final String TASKS = "tasks";

    static Tasks read(Document stored) {
      Document tasks = nested(stored, TASKS);
      return new Tasks(
          count(tasks, key(ASSIGNED)),
          count(tasks, key(COMPLETED)),
          count(tasks, key(COMPLETED_ON_TIME)),
          count(tasks, key(CANCELLED)),
          count(tasks, key(OVERDUE)));
    }

    private static String key(String path) {
      return path.substring(TASKS.length() + 1);
    }
  }

  static CampaignSummaryDocument read(Document stored) {
    return new CampaignSummaryDocument(
        text(stored, ID, CampaignId::new),
        stored.getString(NAME),
        text(stored, FOCUS, CampaignFocus::valueOf),
        text(stored, PHASE, Phase::valueOf),
        text(stored, LEAD_DEPARTMENT, DepartmentCode::new),
        texts(stored, PARTICIPATING_DEPARTMENTS, DepartmentCode::new),
        texts(stored, WITHDRAWN_DEPARTMENTS, DepartmentCode::new),
        texts(stored, REGIONS, RegionCode::new),
        text(stored, STARTS_ON, LocalDate::parse),
        text(stored, ENDS_ON, LocalDate::parse),
        stored.getList(KEY_POINTS, String.class, List.of()),
        Targets.read(nested(stored, TARGETS)),
        instant(stored, LAUNCHED_AT),
        instant(stored, CLOSED_AT),
        stored.getString(SUMMARY),
        Tasks.read(stored),
        FigureBlocks.read(stored));
  }

  // Each component's stored name, read above and written by the projection.
  static final String ID = "_id";
  static final String NAME = "name";
  static final String FOCUS = "focus";
  static final String PHASE = "phase";
  static final String LEAD_DEPARTMENT = "leadDepartment";
  static final String PARTICIPATING_DEPARTMENTS = "participatingDepartments";
  static final String WITHDRAWN_DEPARTMENTS = "withdrawnDepartments";
  static final String REGIONS = "regions";
  static final String STARTS_ON = "startsOn";
  static final String ENDS_ON = "endsOn";
  static final String KEY_POINTS = "keyPoints";
  static final String TARGETS = "targets";
  static final String LAUNCHED_AT = "launchedAt";
  static final String CLOSED_AT = "closedAt";
  static final String SUMMARY = "summary";

  /** The fields a {@link CampaignHeader} is read from: a list of headers reads only these. */
  static final String[] HEADER = {ID, NAME, FOCUS, PHASE, STARTS_ON, ENDS_ON, REGIONS};
}
