package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/** A department reports shipments intercepted (customs, post). */
@ReportPath("shipment-interceptions")
public record RecordShipmentsInterceptedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer shipments)
    implements FieldReportCommand {

  public RecordShipmentsInterceptedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(shipments, "shipments");
  }

  @Override
  public ShipmentsIntercepted toEvent(boolean late) {
    return new ShipmentsIntercepted(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        shipments,
        notes,
        late,
        cooperatingDepartments);
  }
}
