package org.liandong.query.department;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.query.campaign.CampaignHeader;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.cases.CaseFileView;
import org.liandong.query.department.DepartmentWorkspaceDocument.Campaign;
import org.liandong.query.department.DepartmentWorkspaceDocument.Task;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.Names;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.reports.ReportLedger;
import org.springframework.stereotype.Component;

/**
 * A department's workspace as {@link DepartmentWorkspaceProjection} keeps it, with the campaigns it
 * names; and its figures counted from the report ledger the way the projection counts them: as they
 * stood at a moment of recording and, for a reader limited to a region, in that region alone (by
 * the region of each report's version that stood then).
 */
@Component
class DepartmentWorkspaces {

  private final ServedViews views;
  private final ReportLedger ledger;
  private final CampaignSummaries summaries;

  DepartmentWorkspaces(ServedViews views, ReportLedger ledger, CampaignSummaries summaries) {
    this.views = views;
    this.ledger = ledger;
    this.summaries = summaries;
  }

  /** The stored workspace, or null for a department no event has named yet. */
  Document stored(DepartmentCode department) {
    return views.one(DepartmentWorkspaceProjection.NAME, department.value());
  }

  /**
   * The view of a stored workspace (null reads as an empty one), and of the given cases. A reader
   * limited to a region sees the region's: its figures counted from the report ledger, the
   * campaigns and tasks that lie there.
   */
  DepartmentWorkspaceView view(
      DepartmentCode department, Document stored, RegionCode region, List<CaseFileView> cases) {
    DepartmentWorkspaceDocument workspace = DepartmentWorkspaceDocument.read(stored);
    Map<CampaignId, CampaignHeader> named =
        summaries.headers(workspace.campaigns().keySet().stream().map(CampaignId::new).toList());
    if (region != null && stored != null) {
      workspace = inRegion(workspace, counted(department, region, Instant.now()), named, region);
    }
    return DepartmentWorkspaceView.from(
        Names.department(department.value()),
        workspace,
        named,
        cases,
        views.coverage(DepartmentWorkspaceProjection.NAME));
  }

  /**
   * The figures as a workspace keeps them, at its root and per campaign; without roles or tasks.
   *
   * @param region the region counted; null for all
   */
  DepartmentWorkspaceDocument counted(
      DepartmentCode department, RegionCode region, Instant moment) {
    Map<DepartmentCode, Increments> counted = new HashMap<>();
    for (FieldReport report : ledger.involvingAsRecordedBy(department, moment)) {
      if (region == null || (!report.header().national() && report.region().equals(region))) {
        DepartmentWorkspaceProjection.count(report.campaignId().value(), report, 1, counted);
      }
    }
    return DepartmentWorkspaceDocument.read(
        counted.getOrDefault(department, new Increments()).toDocument());
  }

  /**
   * The workspace of one region: the counted figures, and of the projected campaigns those in the
   * region, each with its role and the tasks in the region.
   */
  private static DepartmentWorkspaceDocument inRegion(
      DepartmentWorkspaceDocument workspace,
      DepartmentWorkspaceDocument counted,
      Map<CampaignId, CampaignHeader> named,
      RegionCode region) {
    Map<String, Campaign> campaigns = new TreeMap<>();
    workspace
        .campaigns()
        .forEach(
            (id, projected) -> {
              CampaignHeader summary = named.get(new CampaignId(id));
              if (summary == null || !summary.coversRegion(region)) {
                return;
              }
              Map<String, Task> tasks = new TreeMap<>();
              projected
                  .tasks()
                  .forEach(
                      (taskId, task) -> {
                        if (region.equals(task.region())) {
                          tasks.put(taskId, task);
                        }
                      });
              Campaign countedCampaign = counted.campaigns().get(id);
              FigureBlocks figures =
                  countedCampaign == null
                      ? FigureBlocks.read(new Document())
                      : countedCampaign.figures();
              campaigns.put(id, projected.with(figures, tasks));
            });
    return new DepartmentWorkspaceDocument(counted.figures(), campaigns);
  }
}
