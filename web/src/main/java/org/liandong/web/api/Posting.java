package org.liandong.web.api;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A change sent to the command side as JSON; a refusal is thrown as an {@link ApiProblem}. */
final class Posting {

  private Posting() {}

  static void post(RestClient client, String path, Object body, Object... variables) {
    client
        .post()
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }
}
