package org.liandong.web.api;

import static org.liandong.web.api.JsonChanges.post;

import java.util.Map;
import org.springframework.web.client.RestClient;

/** The office closes a campaign; a department retracts one of its reports. */
public final class CampaignApi {

  private final RestClient commands;

  CampaignApi(RestClient commands) {
    this.commands = commands;
  }

  /** Closes the campaign with its summary; the API refuses before the review (422). */
  public void close(String campaignId, String summary) {
    post(commands, "/campaigns/{id}/closure", Map.of("summary", summary), campaignId);
  }

  /** Retracts a report of the department's own, with the reason; it stays in the history. */
  public void retractReport(String campaignId, String reportId, String department, String reason) {
    post(
        commands,
        "/campaigns/{id}/reports/{report}/retraction",
        Map.of("department", department, "reason", reason),
        campaignId,
        reportId);
  }
}
