package org.liandong.web.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The query side's API as the pages use it. What the signed-in user may not see answers 404 there
 * and is thrown as an {@link ApiProblem} here.
 */
public final class QueryApi {

  private final RestClient client;

  QueryApi(RestClient client) {
    this.client = client;
  }

  public List<CampaignSummary> campaigns() {
    return client
        .get()
        .uri("/campaigns")
        .retrieve()
        .body(new ParameterizedTypeReference<List<CampaignSummary>>() {});
  }

  public CampaignSummary campaign(String campaignId) {
    return client.get().uri("/campaigns/{id}", campaignId).retrieve().body(CampaignSummary.class);
  }

  public Workspace workspace(String department) {
    return client.get().uri("/departments/{code}", department).retrieve().body(Workspace.class);
  }

  /** The reports behind a campaign's figures, filtered as the query side allows. */
  public LedgerPage reports(String campaignId, Map<String, String> filters, int page) {
    return client
        .get()
        .uri(
            builder -> {
              UriBuilder uri = builder.path("/campaigns/{id}/reports");
              filters.forEach(uri::queryParam);
              return uri.queryParam("page", page).build(campaignId);
            })
        .retrieve()
        .body(LedgerPage.class);
  }

  /** One report of a campaign, if the user may read it: the query side answers 404 otherwise. */
  public Optional<LedgerPage.Entry> report(String campaignId, String reportId) {
    try {
      return Optional.of(
          client
              .get()
              .uri("/campaigns/{id}/reports/{reportId}", campaignId, reportId)
              .retrieve()
              .body(LedgerPage.Entry.class));
    } catch (ApiProblem problem) {
      if (problem.status() == 404) {
        return Optional.empty();
      }
      throw problem;
    }
  }
}
