package org.liandong.web.api;

import static org.liandong.web.api.JsonChanges.post;
import static org.liandong.web.api.JsonChanges.put;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * What the office publishes, through both sides: releases (issued, amended, read) and typical cases
 * (proposed by a department, approved or returned by the office, read). A refusal is thrown as an
 * {@link ApiProblem}.
 */
public final class PublicationApi {

  private final RestClient commands;
  private final RestClient queries;

  PublicationApi(RestClient commands, RestClient queries) {
    this.commands = commands;
    this.queries = queries;
  }

  public List<Release.Summary> releases() {
    return queries
        .get()
        .uri("/releases")
        .retrieve()
        .body(new ParameterizedTypeReference<List<Release.Summary>>() {});
  }

  public Release release(String releaseId) {
    return queries.get().uri("/releases/{id}", releaseId).retrieve().body(Release.class);
  }

  public void issueRelease(Map<String, Object> release) {
    post(commands, "/releases", release);
  }

  public void amendRelease(String releaseId, Map<String, Object> text) {
    put(commands, "/releases/{id}/text", text, releaseId);
  }

  /** The typical cases the user may read, filtered as the query side allows. */
  public List<TypicalCase> typicalCases(Map<String, String> filters) {
    TypicalCase.Listing listing =
        queries
            .get()
            .uri(
                builder -> {
                  UriBuilder uri = builder.path("/typical-cases");
                  filters.forEach(uri::queryParam);
                  return uri.build();
                })
            .retrieve()
            .body(TypicalCase.Listing.class);
    return listing == null ? List.of() : listing.items();
  }

  public TypicalCase typicalCase(String typicalCaseId) {
    return queries
        .get()
        .uri("/typical-cases/{id}", typicalCaseId)
        .retrieve()
        .body(TypicalCase.class);
  }

  /** A department's proposal, or its proposal again after a return. */
  public void proposeTypicalCase(String typicalCaseId, Map<String, Object> proposal) {
    put(commands, "/typical-cases/{id}", proposal, typicalCaseId);
  }

  public void approveTypicalCase(String typicalCaseId) {
    post(commands, "/typical-cases/{id}/approval", Map.of(), typicalCaseId);
  }

  public void returnTypicalCase(String typicalCaseId, String reason) {
    post(
        commands,
        "/typical-cases/{id}/return",
        Map.of("reason", reason == null ? "" : reason),
        typicalCaseId);
  }
}
