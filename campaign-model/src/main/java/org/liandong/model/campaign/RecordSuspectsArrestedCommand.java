package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.liandong.model.Require;

/** A department reports suspects arrested in one operation. */
public record RecordSuspectsArrestedCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
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
    Require.present(campaignId, "campaignId");
    Require.present(reportId, "reportId");
    Require.present(department, "department");
    Require.present(region, "region");
    Require.present(occurredOn, "occurredOn");
    reportedBy = Require.text(reportedBy, "reportedBy", 100);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = Require.optionalText(notes, "notes", 2000);
    Require.positive(suspects, "suspects");
  }
}
