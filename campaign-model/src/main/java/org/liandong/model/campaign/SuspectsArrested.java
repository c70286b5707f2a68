package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.liandong.model.event.EventRevision;

/** Suspects were arrested. */
@EventRevision("1")
public record SuspectsArrested(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    int suspects,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public SuspectsArrested {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.SUSPECTS_ARRESTED, (long) suspects);
  }
}
