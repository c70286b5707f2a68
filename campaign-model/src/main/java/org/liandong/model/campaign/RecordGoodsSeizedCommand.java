package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.Require;

/**
 * A department reports goods seized in one operation: one category, one quantity, and the estimated
 * value when it is known (often it is not, on the day).
 */
@ReportPath("goods-seizures")
public record RecordGoodsSeizedCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    CategoryCode category,
    Quantity quantity,
    Money estimatedValue,
    String notes)
    implements FieldReportCommand {

  public RecordGoodsSeizedCommand {
    ReportFields.requirePresent(campaignId, reportId, department, region, occurredOn);
    reportedBy = ReportFields.reportedBy(reportedBy);
    cooperatingDepartments = Cooperation.of(cooperatingDepartments, department);
    Require.present(category, "category");
    Require.present(quantity, "quantity");
    notes = ReportFields.notes(notes);
  }

  @Override
  public GoodsSeized toEvent(boolean late) {
    return new GoodsSeized(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        category,
        quantity,
        estimatedValue,
        notes,
        late,
        cooperatingDepartments);
  }
}
