package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TargetId;

/**
 * A department reports what happened in the field: the header every report has and the details of
 * its kind, checked as new input, their fields side by side as in the request's body (which the
 * command API reads part by part: the command itself is never read from JSON). One command for
 * every kind, so that a new kind needs no handler.
 */
public record RecordReportCommand(
    @TargetId CampaignId campaignId,
    ReportId reportId,
    @JsonUnwrapped ReportHeader header,
    @JsonUnwrapped ReportDetails details) {

  public RecordReportCommand {
    Require.present(campaignId, "campaignId");
    Require.present(reportId, "reportId");
    header = Require.present(header, "header").checked();
    Require.present(details, "details").check();
  }

  /**
   * The event that records it.
   *
   * @param late whether it arrives during the campaign's review, which the campaign decides
   */
  public FieldReport toEvent(boolean late) {
    return details.toEvent(campaignId, reportId, header, late);
  }
}
