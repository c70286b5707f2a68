package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.liandong.model.Require;

/** A department reports cases it filed (administrative or criminal) in one go. */
public record RecordCaseFiledCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    CaseKind caseKind,
    Integer cases,
    Money valueInvolved)
    implements FieldReportCommand {

  public RecordCaseFiledCommand {
    Require.present(campaignId, "campaignId");
    Require.present(reportId, "reportId");
    Require.present(department, "department");
    Require.present(region, "region");
    Require.present(occurredOn, "occurredOn");
    reportedBy = Require.text(reportedBy, "reportedBy", 100);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = Require.optionalText(notes, "notes", 2000);
    Require.present(caseKind, "caseKind");
    Require.positive(cases, "cases");
  }
}
