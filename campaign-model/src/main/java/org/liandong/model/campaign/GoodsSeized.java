package org.liandong.model.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Goods of one category were seized in one operation; {@code estimatedValue} may be {@code null}.
 */
@Revision("2")
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
    boolean late)
    implements FieldReport {}
