package org.liandong.query.campaign;

import java.util.List;
import org.bson.Document;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.projection.Breakdowns;
import org.liandong.query.projection.Breakdowns.CategoryEntry;
import org.liandong.query.projection.Breakdowns.DepartmentEntry;
import org.liandong.query.projection.Breakdowns.RegionEntry;
import org.liandong.query.projection.TotalsView;

/** A campaign's summary as the API shows it. */
record CampaignSummaryView(
    String campaignId,
    String name,
    String focus,
    ReferenceEntry leadDepartment,
    List<ReferenceEntry> participatingDepartments,
    List<ReferenceEntry> regions,
    String startsOn,
    String endsOn,
    List<String> keyPoints,
    String launchedAt,
    long tasksAssigned,
    TotalsView totals,
    List<DepartmentEntry> byDepartment,
    List<RegionEntry> byRegion,
    List<CategoryEntry> byCategory) {

  static CampaignSummaryView from(Document summary) {
    ReferenceData reference = ReferenceData.instance();
    Number tasks = summary.get("tasksAssigned", Number.class);
    return new CampaignSummaryView(
        summary.getString("_id"),
        summary.getString("name"),
        summary.getString("focus"),
        reference.department(summary.getString("leadDepartment")).orElse(null),
        summary.getList("participatingDepartments", String.class, List.of()).stream()
            .map(code -> reference.department(code).orElseThrow())
            .toList(),
        summary.getList("regions", String.class, List.of()).stream()
            .map(code -> reference.region(code).orElseThrow())
            .toList(),
        summary.getString("startsOn"),
        summary.getString("endsOn"),
        summary.getList("keyPoints", String.class, List.of()),
        summary.getString("launchedAt"),
        tasks == null ? 0 : tasks.longValue(),
        TotalsView.from(summary.get("totals", Document.class)),
        Breakdowns.byDepartment(summary, "byDepartment"),
        Breakdowns.byRegion(summary, "byRegion"),
        Breakdowns.byCategory(summary, "byCategory"));
  }
}
