package org.liandong.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A plain HTTP client for tests that talk to the platform as any client would. Unless a test names
 * the user, a change is sent by the built-in user whose request it is (see {@link DemoUsers}) and a
 * read by the office, which reads everything.
 */
final class Http {

  record Response(int status, String contentType, JsonNode body) {}

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  static Response post(String url, String json) {
    return post(url, json, senderOf(url, json));
  }

  static Response post(String url, String json, String user) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", DemoUsers.basic(user))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static Response put(String url, String json) {
    return put(url, json, senderOf(url, json));
  }

  static Response put(String url, String json, String user) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", DemoUsers.basic(user))
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static Response get(String url) {
    return get(url, "office");
  }

  static Response get(String url, String user) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", DemoUsers.basic(user))
            .GET()
            .build());
  }

  /** A request as it is, with whatever headers the test gives. */
  static Response send(HttpRequest.Builder request) {
    return send(request.build());
  }

  /** A body that is not JSON (a CSV download), as it came. */
  static HttpResponse<byte[]> getBytes(String url) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Authorization", DemoUsers.basic("office"))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String senderOf(String url, String json) {
    try {
      return DemoUsers.senderOf(URI.create(url).getPath(), JSON.readTree(json));
    } catch (IOException e) {
      // Not JSON: sent by the office, so that the body is refused for what it is.
      return "office";
    }
  }

  private static Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
