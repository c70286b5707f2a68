package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/** A department reports criminal gangs dismantled. */
@ReportPath("gang-dismantlings")
public record RecordGangsDismantledCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer gangs)
    implements FieldReportCommand {

  public RecordGangsDismantledCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(gangs, "gangs");
  }

  @Override
  public GangsDismantled toEvent(boolean late) {
    return new GangsDismantled(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        gangs,
        notes,
        late,
        cooperatingDepartments);
  }
}
