package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/**
 * A department reports the enforcement officers it dispatched ("182,000 national law enforcement
 * officials dispatched").
 */
@ReportPath("officer-dispatches")
public record RecordOfficersDispatchedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer officers)
    implements FieldReportCommand {

  public RecordOfficersDispatchedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(officers, "officers");
  }

  @Override
  public OfficersDispatched toEvent(boolean late) {
    return new OfficersDispatched(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        officers,
        notes,
        late,
        cooperatingDepartments);
  }
}
