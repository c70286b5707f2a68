package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;

/** Sites were raided or dens dismantled in one operation. */
@EventRevision("3")
public record SiteRaided(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    int sites,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public SiteRaided {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }
}
