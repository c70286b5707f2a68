package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/**
 * A department reports dens making or selling counterfeits that it dismantled ("eradicating 13 dens
 * of making and selling counterfeits", "dismantled five production and sales sites").
 */
@ReportPath("den-dismantlings")
public record RecordDensDismantledCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer dens)
    implements FieldReportCommand {

  public RecordDensDismantledCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(dens, "dens");
  }

  @Override
  public DensDismantled toEvent(boolean late) {
    return new DensDismantled(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        dens,
        notes,
        late,
        cooperatingDepartments);
  }
}
