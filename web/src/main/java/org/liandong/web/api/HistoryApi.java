package org.liandong.web.api;

import org.springframework.web.client.RestClient;

/** Who did what to a campaign or a case, a page at a time; for those who read everything. */
public final class HistoryApi {

  /** Events on a page of the app's history. */
  public static final int PAGE_SIZE = 50;

  private final RestClient queries;

  HistoryApi(RestClient queries) {
    this.queries = queries;
  }

  public HistoryPage campaign(String campaignId, int page) {
    return page("/campaigns/{id}/history", campaignId, page);
  }

  public HistoryPage caseFile(String caseId, int page) {
    return page("/cases/{id}/history", caseId, page);
  }

  private HistoryPage page(String path, String id, int page) {
    return queries
        .get()
        .uri(
            builder ->
                builder.path(path).queryParam("page", page).queryParam("size", PAGE_SIZE).build(id))
        .retrieve()
        .body(HistoryPage.class);
  }
}
