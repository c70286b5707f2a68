package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/** A department reports websites closed. */
@ReportPath("website-closures")
public record RecordWebsitesClosedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer websites)
    implements FieldReportCommand {

  public RecordWebsitesClosedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(websites, "websites");
  }

  @Override
  public WebsitesClosed toEvent(boolean late) {
    return new WebsitesClosed(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        websites,
        notes,
        late,
        cooperatingDepartments);
  }
}
