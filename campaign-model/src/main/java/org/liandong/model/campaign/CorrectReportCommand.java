package org.liandong.model.campaign;

import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TargetId;

/**
 * The department that made a report corrects it: {@code corrected} is the whole report as it should
 * have been (same id, same kind, same department), {@code reason} why. The original stays in the
 * history; totals follow the latest version.
 */
public record CorrectReportCommand(RecordReportCommand corrected, String reason) {

  public CorrectReportCommand {
    Require.present(corrected, "corrected");
    reason = Require.text(reason, "reason", 2000);
  }

  @TargetId
  public CampaignId campaignId() {
    return corrected.campaignId();
  }

  public ReportId reportId() {
    return corrected.reportId();
  }
}
