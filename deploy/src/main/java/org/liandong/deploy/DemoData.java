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
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo campaigns by sending the requests in {@code /demo/requests.json} to the command
 * API, just as a client would, each as the built-in user whose request it is (named by its {@code
 * user}, else the office or the department its body names). Every request carries its own id, so
 * loading again on the next start records nothing twice: the API acknowledges each as already
 * recorded. The text {@value #NOW} in a body stands for the moment the request is sent: the demo
 * evaluation round's cut-off, after the demo reports it reads.
 */
final class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  static final String NOW = "{now}";

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
              request.path("user").asText(null),
              request.get("body").toString().replace(NOW, Instant.now().toString()));
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

  private static HttpResponse<String> send(
      HttpClient http, String method, String commandApi, String path, String user, String body) {
    String url = commandApi + path;
    String sender = user != null ? user : DemoUsers.senderOf(path, json(body));
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .header("Authorization", DemoUsers.basic(sender))
              .method(method, HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("demo request to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading demo data", e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("a demo request's body is not JSON", e);
    }
  }
}
