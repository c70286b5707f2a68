package org.liandong.web.api;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The command side's API as the pages use it. Every change carries the id of what it creates, so a
 * form sent twice records once. A refusal is thrown as an {@link ApiProblem}.
 */
public final class CommandApi {

  private final RestClient client;

  CommandApi(RestClient client) {
    this.client = client;
  }

  public void launchCampaign(Map<String, Object> campaign) {
    post("/campaigns", campaign);
  }

  public void advancePhase(String campaignId, String to) {
    post("/campaigns/{id}/phase", Map.of("to", to), campaignId);
  }

  public void assignTask(String campaignId, Map<String, Object> task) {
    post("/campaigns/{id}/tasks", task, campaignId);
  }

  /** A new field report of the kind whose path is {@code kindPath} ({@code goods-seizures}). */
  public void recordReport(String campaignId, String kindPath, Map<String, Object> report) {
    post("/campaigns/{id}/{kind}", report, campaignId, kindPath);
  }

  /** The whole report as it should have been, with the reason. */
  public void correctReport(
      String campaignId, String kindPath, String reportId, Map<String, Object> report) {
    client
        .put()
        .uri("/campaigns/{id}/{kind}/{report}", campaignId, kindPath, reportId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(report)
        .retrieve()
        .toBodilessEntity();
  }

  private void post(String path, Object body, Object... variables) {
    client
        .post()
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }
}
