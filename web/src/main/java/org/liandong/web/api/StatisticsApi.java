package org.liandong.web.api;

import java.util.Map;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** The query side's statistics of a year and the reports behind each figure. */
public final class StatisticsApi {

  private final RestClient client;

  StatisticsApi(RestClient client) {
    this.client = client;
  }

  public YearStatistics year(int year) {
    return client.get().uri("/statistics/{year}", year).retrieve().body(YearStatistics.class);
  }

  /**
   * The reports behind a figure: {@code filters} holds {@code figure} and the breakdown it was read
   * in ({@code region}, {@code campaign} ...), and {@code recordedBy} for a past moment.
   */
  public FigureSources sources(int year, Map<String, String> filters) {
    return client
        .get()
        .uri(
            builder -> {
              UriBuilder uri = builder.path("/statistics/{year}/reports");
              filters.forEach(uri::queryParam);
              return uri.build(year);
            })
        .retrieve()
        .body(FigureSources.class);
  }
}
