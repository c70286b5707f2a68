package org.liandong.web.api;

import static org.liandong.web.api.JsonChanges.post;
import static org.liandong.web.api.JsonChanges.put;

import java.util.Map;
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
    post(client, "/campaigns", campaign);
  }

  public void advancePhase(String campaignId, String to) {
    post(client, "/campaigns/{id}/phase", Map.of("to", to), campaignId);
  }

  public void assignTask(String campaignId, Map<String, Object> task) {
    post(client, "/campaigns/{id}/tasks", task, campaignId);
  }

  /** A new field report of the kind whose path is {@code kindPath} ({@code goods-seizures}). */
  public void recordReport(String campaignId, String kindPath, Map<String, Object> report) {
    post(client, "/campaigns/{id}/{kind}", report, campaignId, kindPath);
  }

  /** The whole report as it should have been, with the reason. */
  public void correctReport(
      String campaignId, String kindPath, String reportId, Map<String, Object> report) {
    put(client, "/campaigns/{id}/{kind}/{report}", report, campaignId, kindPath, reportId);
  }
}
