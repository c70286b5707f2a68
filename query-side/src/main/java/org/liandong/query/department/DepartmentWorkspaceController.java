package org.liandong.query.department;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.campaign.CampaignHeader;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.department.DepartmentWorkspaceDocument.Campaign;
import org.liandong.query.department.DepartmentWorkspaceDocument.Task;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Names;
import org.liandong.query.projection.Coverages;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DepartmentWorkspaceController {

  private final ServedViews views;
  private final CampaignSummaries summaries;
  private final CaseFiles cases;
  private final DepartmentFigures figures;
  private final Scope scope;
  private final Coverages coverages;

  DepartmentWorkspaceController(
      ServedViews views,
      CampaignSummaries summaries,
      CaseFiles cases,
      DepartmentFigures figures,
      Scope scope,
      Coverages coverages) {
    this.scope = scope;
    this.figures = figures;
    this.coverages = coverages;
    this.views = views;
    this.summaries = summaries;
    this.cases = cases;
  }

  /**
   * A department's workspace; a known department that takes part in nothing yet has an empty one. A
   * department this reader's reference data does not have, but that events name, has its workspace
   * under its code. A reader limited to a region sees the region's: its figures counted from the
   * report ledger, the campaigns, tasks and cases that lie there.
   */
  @GetMapping("/departments/{code}")
  DepartmentWorkspaceView workspace(@PathVariable DepartmentCode code, Actor reader) {
    Document document = views.one(DepartmentWorkspaceProjection.NAME, code.value());
    if (document == null && ReferenceData.instance().department(code.value()).isEmpty()) {
      throw NotFoundException.of("department", code.value());
    }
    scope.requireDepartment(reader, code);
    ReferenceEntry department = Names.department(code.value());
    DepartmentWorkspaceDocument workspace = DepartmentWorkspaceDocument.read(document);
    Map<CampaignId, CampaignHeader> named =
        summaries.headers(workspace.campaigns().keySet().stream().map(CampaignId::new).toList());
    RegionCode region = Scope.ownRegion(reader);
    if (region != null && document != null) {
      workspace = inRegion(workspace, figures.of(code, region, Instant.now()), named, region);
    }
    return DepartmentWorkspaceView.from(
        department,
        workspace,
        named,
        cases.heldOrAwaitedBy(code, region),
        coverages.of(DepartmentWorkspaceProjection.NAME));
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
