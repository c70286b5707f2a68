package org.liandong.query.department;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.campaign.CampaignHeader;
import org.liandong.query.cases.CaseFileView;
import org.liandong.query.cases.CaseList;
import org.liandong.query.department.DepartmentWorkspaceDocument.TaskStatus;
import org.liandong.query.export.Columns;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Names;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.projection.Coverage;

/** A department's workspace as the API shows it. */
record DepartmentWorkspaceView(
    ReferenceEntry department,
    TotalsView totals,
    TotalsView jointTotals,
    List<RegionEntry> byRegion,
    List<CategoryEntry> byCategory,
    List<RightEntry> byRight,
    List<CampaignView> campaigns,
    List<CaseFileView> cases,
    Coverage coverage)
    implements Tabular {

  @Override
  public String fileName() {
    return "workspace-" + department.code();
  }

  /** Figures (totals, joint totals, by region and by campaign), goods, tasks, cases. */
  @Override
  public List<Table> tables() {
    Table.Builder figures = figuresTable(totals, jointTotals, byRegion, byRight);
    campaigns.forEach(
        campaign ->
            figures.row(
                "campaign",
                campaign.campaignId().value(),
                campaign.name(),
                null,
                Table.totals(campaign.totals())));
    List<TaskRow> tasks = new ArrayList<>();
    campaigns.forEach(
        campaign -> campaign.tasks().forEach(task -> tasks.add(new TaskRow(campaign, task))));
    return List.of(
        figures.build(),
        FigureTables.categories(byCategory),
        TASK_COLUMNS.table("tasks", tasks),
        CaseList.stages(cases));
  }

  /**
   * A department's figures table, now or as of a moment: its totals, those of the joint operations
   * it took part in, by region and by right; each caller adds its campaigns.
   */
  static Table.Builder figuresTable(
      TotalsView totals,
      TotalsView jointTotals,
      List<RegionEntry> byRegion,
      List<RightEntry> byRight) {
    Table.Builder figures = FigureTables.total(FigureTables.figures(), "total", totals);
    FigureTables.total(figures, "joint", jointTotals);
    FigureTables.regions(figures, byRegion);
    FigureTables.rights(figures, byRight);
    return figures;
  }

  /** A task of one of the workspace's campaigns: a row of the tasks table. */
  private record TaskRow(CampaignView campaign, TaskView task) {}

  private static final Columns<TaskRow> TASK_COLUMNS =
      Columns.<TaskRow>of()
          .and("campaignId", row -> row.campaign().campaignId().value())
          .and("taskId", row -> row.task().taskId().value())
          .and("title", row -> row.task().title())
          .and("region", row -> row.task().region() == null ? null : row.task().region().code())
          .and("dueOn", row -> row.task().dueOn())
          .and("status", row -> row.task().status())
          .and("overdue", row -> row.task().overdue())
          .and("completedOn", row -> row.task().completedOn())
          .and("onTime", row -> row.task().onTime())
          .and("notes", row -> row.task().notes())
          .and("lastNote", row -> row.task().lastNote());

  record CampaignView(
      CampaignId campaignId,
      String name,
      String focus,
      String phase,
      String role,
      String startsOn,
      String endsOn,
      List<TaskView> tasks,
      TotalsView totals,
      TotalsView jointTotals,
      List<RegionEntry> byRegion,
      List<CategoryEntry> byCategory,
      List<RightEntry> byRight) {}

  /** Open tasks before finished ones, overdue ones first among them, then by due date. */
  private static final Comparator<TaskView> OPEN_AND_OVERDUE_FIRST =
      Comparator.comparing((TaskView task) -> task.finished())
          .thenComparing(task -> !task.overdue())
          .thenComparing(TaskView::dueOn)
          .thenComparing(task -> task.taskId().value());

  record TaskView(
      TaskId taskId,
      String title,
      ReferenceEntry region,
      String dueOn,
      String status,
      boolean overdue,
      Map<String, Long> targets,
      long notes,
      String lastNote,
      String completedOn,
      Boolean onTime) {

    static TaskView of(String taskId, DepartmentWorkspaceDocument.Task task) {
      Map<String, Long> targets = new TreeMap<>();
      task.targets().forEach((figure, target) -> targets.put(figure.name(), target));
      return new TaskView(
          new TaskId(taskId),
          task.title(),
          Names.region(task.region() == null ? null : task.region().value()),
          task.dueOn() == null ? null : task.dueOn().toString(),
          task.status() == null ? null : task.status().name(),
          task.overdue(),
          targets,
          task.notes(),
          task.lastNote(),
          task.completedOn() == null ? null : task.completedOn().toString(),
          task.onTime());
    }

    boolean finished() {
      return TaskStatus.COMPLETED.name().equals(status)
          || TaskStatus.CANCELLED.name().equals(status);
    }
  }

  /**
   * A stored workspace as the API shows it.
   *
   * @param document null for a department that takes part in nothing yet
   * @param summaries what each campaign is, by id; one without its summary yet shows no name
   * @param cases the cases it holds or that wait for it
   */
  static DepartmentWorkspaceView from(
      ReferenceEntry department,
      Document document,
      Map<CampaignId, CampaignHeader> summaries,
      List<CaseFileView> cases,
      Coverage coverage) {
    return from(department, DepartmentWorkspaceDocument.read(document), summaries, cases, coverage);
  }

  static DepartmentWorkspaceView from(
      ReferenceEntry department,
      DepartmentWorkspaceDocument workspace,
      Map<CampaignId, CampaignHeader> summaries,
      List<CaseFileView> cases,
      Coverage coverage) {
    List<CampaignView> campaigns = new ArrayList<>();
    workspace
        .campaigns()
        .forEach(
            (id, campaign) -> {
              CampaignId campaignId = new CampaignId(id);
              campaigns.add(campaign(campaignId, campaign, summaries.get(campaignId)));
            });
    FigureBlocks figures = workspace.figures();
    return new DepartmentWorkspaceView(
        department,
        figures.totals(),
        figures.jointTotals(),
        figures.byRegion(),
        figures.byCategory(),
        figures.byRight(),
        campaigns,
        cases,
        coverage);
  }

  /** A campaign of the workspace, named from its summary if there is one yet. */
  private static CampaignView campaign(
      CampaignId id, DepartmentWorkspaceDocument.Campaign campaign, CampaignHeader summary) {
    List<TaskView> tasks = new ArrayList<>();
    campaign.tasks().forEach((taskId, task) -> tasks.add(TaskView.of(taskId, task)));
    tasks.sort(OPEN_AND_OVERDUE_FIRST);
    Optional<CampaignHeader> header = Optional.ofNullable(summary);
    FigureBlocks figures = campaign.figures();
    return new CampaignView(
        id,
        header.map(CampaignHeader::name).orElse(null),
        header.map(CampaignHeader::focus).map(Enum::name).orElse(null),
        header.map(CampaignHeader::phase).map(Enum::name).orElse(null),
        campaign.role() == null ? null : campaign.role().name(),
        header.map(CampaignHeader::startsOn).orElse(null),
        header.map(CampaignHeader::endsOn).orElse(null),
        tasks,
        figures.totals(),
        figures.jointTotals(),
        figures.byRegion(),
        figures.byCategory(),
        figures.byRight());
  }
}
