package org.liandong.query.department;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.export.FigureTables;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's workspace, and its figures as they stood at a past moment of recording, counted
 * from the report ledger the way its workspace counts them, so that later corrections do not change
 * the answer; a reader limited to a region reads that region's.
 */
@RestController
class DepartmentController {

  /** The figures of one campaign the department reported in or joined. */
  record CampaignFigures(CampaignId campaignId, TotalsView totals, TotalsView jointTotals) {}

  record DepartmentAsOf(
      ReferenceEntry department,
      Instant recordedBy,
      TotalsView totals,
      TotalsView jointTotals,
      List<RegionEntry> byRegion,
      List<CategoryEntry> byCategory,
      List<RightEntry> byRight,
      List<CampaignFigures> byCampaign)
      implements Tabular {

    @Override
    public String fileName() {
      return "workspace-" + department.code() + Tabular.asOf(recordedBy);
    }

    @Override
    public List<Table> tables() {
      Table.Builder figures =
          DepartmentWorkspaceView.figuresTable(totals, jointTotals, byRegion, byRight);
      byCampaign.forEach(
          campaign ->
              figures.row(
                  "campaign",
                  campaign.campaignId().value(),
                  null,
                  null,
                  Table.totals(campaign.totals())));
      return List.of(figures.build(), FigureTables.categories(byCategory));
    }
  }

  private final DepartmentWorkspaces workspaces;
  private final CaseFiles cases;
  private final Scope scope;

  DepartmentController(DepartmentWorkspaces workspaces, CaseFiles cases, Scope scope) {
    this.workspaces = workspaces;
    this.cases = cases;
    this.scope = scope;
  }

  /**
   * A department's workspace; a known department that takes part in nothing yet has an empty one. A
   * department this reader's reference data does not have, but that events name, has its workspace
   * under its code. A reader limited to a region sees the region's: its figures counted from the
   * report ledger, the campaigns, tasks and cases that lie there.
   */
  @GetMapping("/departments/{code}")
  DepartmentWorkspaceView workspace(@PathVariable DepartmentCode code, Actor reader) {
    Document document = workspaces.stored(code);
    if (document == null && ReferenceData.instance().department(code.value()).isEmpty()) {
      throw NotFoundException.of("department", code.value());
    }
    scope.requireDepartment(reader, code);
    RegionCode region = Scope.ownRegion(reader);
    return workspaces.view(code, document, region, cases.heldOrAwaitedBy(code, region));
  }

  @GetMapping("/departments/{code}/as-of")
  DepartmentAsOf asOf(
      @PathVariable DepartmentCode code,
      @RequestParam(required = false) Instant recordedBy,
      Actor reader) {
    ReferenceEntry department =
        ReferenceData.instance()
            .department(code.value())
            .orElseThrow(() -> NotFoundException.of("department", code.value()));
    scope.requireDepartment(reader, code);
    Instant moment = recordedBy == null ? Instant.now() : recordedBy;
    DepartmentWorkspaceDocument counted = workspaces.counted(code, Scope.ownRegion(reader), moment);
    FigureBlocks blocks = counted.figures();
    return new DepartmentAsOf(
        department,
        moment,
        blocks.totals(),
        blocks.jointTotals(),
        blocks.byRegion(),
        blocks.byCategory(),
        blocks.byRight(),
        counted.campaigns().entrySet().stream()
            .map(
                campaign ->
                    new CampaignFigures(
                        new CampaignId(campaign.getKey()),
                        campaign.getValue().figures().totals(),
                        campaign.getValue().figures().jointTotals()))
            .toList());
  }
}
