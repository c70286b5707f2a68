package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;

/** Websites or online stores were closed. */
@EventRevision("1")
public record WebsitesClosed(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    int websites,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public WebsitesClosed {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }
}
