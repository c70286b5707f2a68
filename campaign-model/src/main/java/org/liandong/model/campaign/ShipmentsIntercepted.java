package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.liandong.model.event.EventRevision;

/** Shipments were intercepted. */
@EventRevision("1")
public record ShipmentsIntercepted(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    int shipments,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public ShipmentsIntercepted {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.SHIPMENTS_INTERCEPTED, (long) shipments);
  }
}
