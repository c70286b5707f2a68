package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/**
 * A department reports cases it filed (administrative or criminal) in one go, and the kind of right
 * they concern when it is stated.
 */
@ReportPath("cases-filed")
public record RecordCaseFiledCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    CaseKind caseKind,
    RightType right,
    Integer cases,
    Money valueInvolved)
    implements FieldReportCommand {

  public RecordCaseFiledCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.present(caseKind, "caseKind");
    Require.count(cases, "cases");
  }

  @Override
  public CaseFiled toEvent(boolean late) {
    return new CaseFiled(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        caseKind,
        right,
        cases,
        valueInvolved,
        notes,
        late,
        cooperatingDepartments);
  }
}
