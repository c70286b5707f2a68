package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.liandong.model.event.EventRevision;

/** Websites were closed (stores on online marketplaces are {@link OnlineStoresClosed}). */
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

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.WEBSITES_CLOSED, (long) websites);
  }
}
