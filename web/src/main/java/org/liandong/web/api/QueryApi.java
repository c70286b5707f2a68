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

  /** The most reports the query side gives in one page. */
  private static final int LARGEST_PAGE = 500;

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

  /**
   * One report of a campaign, if the user may read it. The query side lists reports but has no
   * single-report path, so the report is looked up in the reader's own listing, which holds only
   * what the reader may see.
   */
  public Optional<LedgerPage.Entry> report(String campaignId, String reportId) {
    for (int page = 0; ; page++) {
      LedgerPage reports = reportsPage(campaignId, page);
      Optional<LedgerPage.Entry> found =
          reports.items().stream().filter(entry -> entry.reportId().equals(reportId)).findFirst();
      if (found.isPresent() || (long) (page + 1) * LARGEST_PAGE >= reports.total()) {
        return found;
      }
    }
  }

  private LedgerPage reportsPage(String campaignId, int page) {
    return client
        .get()
        .uri(
            builder ->
                builder
                    .path("/campaigns/{id}/reports")
                    .queryParam("size", LARGEST_PAGE)
                    .queryParam("page", page)
                    .build(campaignId))
        .retrieve()
        .body(LedgerPage.class);
  }
}
