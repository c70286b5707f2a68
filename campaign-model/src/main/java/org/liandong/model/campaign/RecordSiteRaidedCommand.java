package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/** A department reports sites raided in one operation. */
@ReportPath("site-raids")
public record RecordSiteRaidedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    Integer sites,
    String notes)
    implements FieldReportCommand {

  public RecordSiteRaidedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    Require.count(sites, "sites");
    notes = ReportFields.notes(notes);
  }

  @Override
  public SiteRaided toEvent(boolean late) {
    return new SiteRaided(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        sites,
        notes,
        late,
        cooperatingDepartments);
  }
}
