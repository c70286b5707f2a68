package org.liandong.command.api;

import java.time.LocalDate;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.RecordSiteRaidedCommand;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.ReportId;

record RecordSiteRaidedRequest(
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Integer sites,
    String notes) {

  RecordSiteRaidedCommand toCommand(CampaignId campaignId) {
    return new RecordSiteRaidedCommand(
        campaignId, reportId, department, region, occurredOn, reportedBy, sites, notes);
  }
}
