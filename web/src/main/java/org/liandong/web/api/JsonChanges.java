package org.liandong.web.api;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A change sent to the command side as JSON, the one way every area's client sends one; a refusal
 * is thrown as an {@link ApiProblem}.
 */
final class JsonChanges {

  private JsonChanges() {}

  static void post(RestClient client, String path, Object body, Object... variables) {
    send(client, HttpMethod.POST, path, body, variables);
  }

  static void put(RestClient client, String path, Object body, Object... variables) {
    send(client, HttpMethod.PUT, path, body, variables);
  }

  private static void send(
      RestClient client, HttpMethod method, String path, Object body, Object... variables) {
    client
        .method(method)
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }
}
