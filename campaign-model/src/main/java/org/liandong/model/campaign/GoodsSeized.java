package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.liandong.model.event.EventRevision;

/**
 * Goods of one category were seized in one operation; {@code estimatedValue} may be {@code null}.
 */
@EventRevision("3")
public record GoodsSeized(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    CategoryCode category,
    Quantity quantity,
    Money estimatedValue,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public GoodsSeized {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(
        Figure.SEIZURES,
        1L,
        Figure.GOODS_VALUE_CNY,
        estimatedValue == null ? 0L : estimatedValue.fen());
  }
}
