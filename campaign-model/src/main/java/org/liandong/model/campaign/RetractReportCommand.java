package org.liandong.model.campaign;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TargetId;

/**
 * The department that made a report retracts it, with a reason. It stays in the history and no
 * longer counts.
 */
public record RetractReportCommand(
    @TargetId CampaignId campaignId, ReportId reportId, DepartmentCode department, String reason) {

  public RetractReportCommand {
    Require.present(campaignId, "campaignId");
    Require.present(reportId, "reportId");
    Require.present(department, "department");
    reason = Require.text(reason, "reason", 2000);
  }
}
