package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/** A department reports suspects arrested in one operation. */
@ReportPath("suspect-arrests")
public record RecordSuspectsArrestedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer suspects)
    implements FieldReportCommand {

  public RecordSuspectsArrestedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(suspects, "suspects");
  }

  @Override
  public SuspectsArrested toEvent(boolean late) {
    return new SuspectsArrested(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        suspects,
        notes,
        late,
        cooperatingDepartments);
  }
}
