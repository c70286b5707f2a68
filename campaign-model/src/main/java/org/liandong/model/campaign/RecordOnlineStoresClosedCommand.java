package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/**
 * A department reports stores on online marketplaces it had shut down ("shut down four online
 * stores selling fake products").
 */
@ReportPath("online-store-closures")
public record RecordOnlineStoresClosedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes,
    Integer stores)
    implements FieldReportCommand {

  public RecordOnlineStoresClosedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    notes = ReportFields.notes(notes);
    Require.count(stores, "stores");
  }

  @Override
  public OnlineStoresClosed toEvent(boolean late) {
    return new OnlineStoresClosed(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        stores,
        notes,
        late,
        cooperatingDepartments);
  }
}
