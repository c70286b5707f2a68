package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every error of either side, from a controller, a filter or the servlet container, is problem+json
 * with a stable type of ours and no class, package or library name. Requests are written on a
 * socket, as an attacker would, since an HTTP client refuses malformed paths.
 */
@DisplayName("Every error of either side is problem+json")
class ErrorResponsesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static int commandPort;
  private static int queryPort;

  @BeforeAll
  static void platform() {
    LocalPlatform platform = TestPlatforms.shared();
    commandPort = platform.commandPort();
    queryPort = platform.queryPort();
  }

  record Raw(int status, String contentType, String body) {}

  record Case(String name, String request, int status) {}

  private static final String SIGNED_IN = "Authorization: " + DemoUsers.basic("office") + "\r\n";

  private static Stream<Case> cases() {
    return Stream.of(
        new Case("a lone percent sign", "GET /campaigns/% HTTP/1.1\r\n" + SIGNED_IN, 400),
        new Case("a bad escape", "GET /campaigns/%zz HTTP/1.1\r\n" + SIGNED_IN, 400),
        new Case("a double slash", "GET //campaigns HTTP/1.1\r\n" + SIGNED_IN, 400),
        new Case(
            "a session id in the path",
            "GET /campaigns;jsessionid=ABC HTTP/1.1\r\n" + SIGNED_IN,
            400),
        new Case("an encoded slash", "GET /campaigns/a%2Fb HTTP/1.1\r\n" + SIGNED_IN, 400),
        new Case("an encoded dot segment", "GET /campaigns/%2e%2e/x HTTP/1.1\r\n" + SIGNED_IN, 400),
        new Case(
            "an overlong URL",
            "GET /campaigns?" + "a".repeat(20_000) + " HTTP/1.1\r\n" + SIGNED_IN,
            400),
        new Case("an unknown route", "GET /no/such/route HTTP/1.1\r\n" + SIGNED_IN, 404),
        new Case(
            "a method the route does not take", "DELETE /campaigns HTTP/1.1\r\n" + SIGNED_IN, 405),
        new Case(
            "a POST without credentials",
            "POST /campaigns HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                + "\r\n{}",
            401),
        new Case("a GET without credentials", "GET /campaigns HTTP/1.1\r\n", 401),
        new Case(
            "wrong credentials",
            "GET /campaigns HTTP/1.1\r\nAuthorization: Basic bm9ib2R5Om5vcGU=\r\n",
            401),
        new Case(
            "a body of a type not taken",
            "POST /campaigns HTTP/1.1\r\n"
                + SIGNED_IN
                + "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi",
            415));
  }

  @TestFactory
  Stream<DynamicTest> commandSide() {
    return cases()
        .map(
            c -> DynamicTest.dynamicTest("command side: " + c.name(), () -> check(commandPort, c)));
  }

  @TestFactory
  Stream<DynamicTest> querySide() {
    return cases()
        .filter(c -> c.status() != 415)
        .map(c -> DynamicTest.dynamicTest("query side: " + c.name(), () -> check(queryPort, c)));
  }

  private static void check(int port, Case c) throws IOException {
    Raw raw = send(port, c.request());
    assertThat(raw.status()).as(raw.body()).isEqualTo(c.status());
    assertThat(raw.contentType()).as(raw.body()).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(raw.body());
    assertThat(problem.path("type").asText()).startsWith("/problems/");
    assertThat(problem.path("status").asInt()).isEqualTo(c.status());
    assertThat(problem.has("properties")).as(raw.body()).isFalse();
    assertThat(raw.body())
        .doesNotContainIgnoringCase("tomcat")
        .doesNotContainIgnoringCase("spring")
        .doesNotContainIgnoringCase("jackson")
        .doesNotContain("CSRF")
        .doesNotContain("java.")
        .doesNotContain("org.")
        .doesNotContain("Exception");
  }

  /** One request on its own connection; the head ends the headers, closing the connection. */
  static Raw send(int port, String head) {
    int split = head.indexOf("\r\n\r\n");
    String headers = split < 0 ? head : head.substring(0, split + 2);
    String body = split < 0 ? "" : head.substring(split + 4);
    String request = headers + "Host: localhost\r\nConnection: close\r\nAccept: */*\r\n\r\n" + body;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      // Bytes as characters one to one, so that chunk sizes count right; decoded at the end.
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = response.indexOf("\r\n\r\n");
      String head2 = end < 0 ? response : response.substring(0, end);
      String content = end < 0 ? "" : response.substring(end + 4);
      int status = Integer.parseInt(head2.substring(9, 12));
      String contentType =
          head2
              .lines()
              .filter(line -> line.toLowerCase().startsWith("content-type:"))
              .map(line -> line.substring(13).trim())
              .findFirst()
              .orElse("");
      if (head2.toLowerCase().contains("transfer-encoding: chunked")) {
        content = unchunk(content);
      }
      return new Raw(
          status,
          contentType,
          new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      out.append(chunked, start, start + size);
      at = start + size + 2;
    }
    return out.toString();
  }
}
