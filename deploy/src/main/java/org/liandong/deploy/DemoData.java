package org.liandong.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo campaigns by sending the requests in {@code /demo/requests.json} to the command
 * API, just as a client would, each as the built-in user whose request it is. Every request carries
 * its own id, so loading again on the next start records nothing twice: the API acknowledges each
 * as already recorded.
 */
final class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private DemoData() {}

  static void load(String commandApi) {
    HttpClient http = HttpClient.newHttpClient();
    int recorded = 0;
    int total = 0;
    for (JsonNode request : requests()) {
      HttpResponse<String> response =
          send(
              http,
              request.path("method").asText("POST"),
              commandApi,
              request.get("path").asText(),
              request.get("body"));
      if (response.statusCode() == 201) {
        recorded++;
      } else if (response.statusCode() == 409) {
        log.warn(
            "demo request to {} differs from what is stored, which is kept: {}",
            request.get("path").asText(),
            response.body());
      } else if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "demo request to " + request.get("path").asText() + " was refused: " + response.body());
      }
      total++;
    }
    log.info(
        "demo data: {} requests, {} recorded now, {} already there",
        total,
        recorded,
        total - recorded);
  }

  private static JsonNode requests() {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/requests.json")) {
      return new ObjectMapper().readTree(in).get("requests");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo requests", e);
    }
  }

  /** Each request is sent by the built-in user whose request it is: the office, or a department. */
  private static HttpResponse<String> send(
      HttpClient http, String method, String commandApi, String path, JsonNode body) {
    String url = commandApi + path;
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .header("Authorization", DemoUsers.basic(DemoUsers.senderOf(path, body)))
              .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("demo request to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading demo data", e);
    }
  }
}
