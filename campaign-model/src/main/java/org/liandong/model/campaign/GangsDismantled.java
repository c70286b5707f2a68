package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.liandong.model.event.EventRevision;

/** Criminal gangs were dismantled. */
@EventRevision("1")
public record GangsDismantled(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    int gangs,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public GangsDismantled {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(Figure.GANGS_DISMANTLED, (long) gangs);
  }
}
