package org.liandong.command.api;

import java.time.LocalDate;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.CategoryCode;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.Money;
import org.liandong.model.campaign.Quantity;
import org.liandong.model.campaign.RecordGoodsSeizedCommand;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.ReportId;

record RecordGoodsSeizedRequest(
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    CategoryCode category,
    Quantity quantity,
    Money estimatedValue,
    String notes) {

  RecordGoodsSeizedCommand toCommand(CampaignId campaignId) {
    return new RecordGoodsSeizedCommand(
        campaignId,
        reportId,
        department,
        region,
        occurredOn,
        reportedBy,
        category,
        quantity,
        estimatedValue,
        notes);
  }
}
