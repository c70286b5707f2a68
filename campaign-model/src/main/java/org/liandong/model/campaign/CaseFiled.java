package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;

/** Cases were filed. The value involved, when known, is in yuan. */
@EventRevision("1")
public record CaseFiled(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    CaseKind caseKind,
    int cases,
    Money valueInvolved,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public CaseFiled {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }
}
