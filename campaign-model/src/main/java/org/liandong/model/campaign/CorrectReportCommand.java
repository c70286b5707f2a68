package org.liandong.model.campaign;

import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/**
 * The department that made a report corrects it: {@code corrected} is the whole report as it should
 * have been (same id, same kind, same department), {@code reason} why. The original stays in the
 * history; totals follow the latest version.
 */
public record CorrectReportCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    FieldReportCommand corrected,
    String reason) {

  public CorrectReportCommand {
    Require.present(campaignId, "campaignId");
    Require.present(reportId, "reportId");
    Require.present(corrected, "corrected");
    reason = Require.text(reason, "reason", 2000);
    if (!corrected.reportId().equals(reportId) || !corrected.campaignId().equals(campaignId)) {
      throw new InvalidValueException("reportId", "the correction must keep the report's id");
    }
  }
}
