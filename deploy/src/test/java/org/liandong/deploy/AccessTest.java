package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who acted is recorded with every event; a crafted body cannot act in another department's name;
 * bearer tokens of the identity provider give their department's scope; and the hardening: body
 * size, failed sign-ins, cross-site requests, headers, errors without internals.
 */
@DisplayName("Access: acting users, bearer tokens and hardening")
class AccessTest {

  private static final String CAMPAIGN = "ACTORS-2021";

  private static String commands;
  private static String queries;

  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "ACTORS-2021", "name": "Actors test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["13", "44"],
         "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
  }

  @Test
  @DisplayName("a department cannot report, correct, retract or transfer in another's name")
  void craftedBodies() {
    assertThat(
            Http.post(commands + "/campaigns/ACTORS-2021/site-raids", raid("C-1", "MPS"), "mps")
                .status())
        .isEqualTo(201);
    List<Http.Response> refused = new ArrayList<>();
    refused.add(
        Http.post(commands + "/campaigns/ACTORS-2021/site-raids", raid("C-2", "MPS"), "samr"));
    refused.add(
        Http.put(
            commands + "/campaigns/ACTORS-2021/site-raids/C-1",
            """
            {"department": "MPS", "region": "44", "occurredOn": "2021-04-01", "reportedBy": "x",
             "sites": 9, "reason": "crafted"}
            """,
            "samr"));
    refused.add(
        Http.post(
            commands + "/campaigns/ACTORS-2021/reports/C-1/retraction",
            "{\"department\": \"MPS\", \"reason\": \"crafted\"}",
            "samr"));
    refused.add(
        Http.post(
            commands + "/cases/ACTORS-CASE/transfers/T1",
            "{\"from\": \"MPS\", \"to\": \"SPP\", \"region\": \"44\", \"title\": \"crafted\"}",
            "samr"));
    assertThat(refused)
        .allSatisfy(
            response -> {
              assertThat(response.status()).isEqualTo(403);
              assertThat(response.body().path("errors").findValuesAsText("field"))
                  .containsAnyOf("department", "from");
            });

    await().atMost(Duration.ofSeconds(60)).until(() -> reportIds().contains("C-1"));
    assertThat(reportIds()).doesNotContain("C-2");
    for (JsonNode item :
        Http.get(queries + "/campaigns/ACTORS-2021/reports?size=500").body().path("items")) {
      if (item.path("reportId").asText().equals("C-1")) {
        assertThat(item.path("version").asInt()).isEqualTo(1);
        assertThat(item.path("status").asText()).isEqualTo("ACTIVE");
      }
    }
    assertThat(Http.get(queries + "/cases/ACTORS-CASE").status()).isEqualTo(404);
    // Live updates of a campaign it does not take part in: as unknown as the campaign itself.
    assertThat(Http.get(queries + "/campaigns/ACTORS-2021/live", "gacc").status()).isEqualTo(404);
  }

  private static List<String> reportIds() {
    return Http.get(queries + "/campaigns/ACTORS-2021/reports?retracted=true&size=500")
        .body()
        .path("items")
        .findValuesAsText("reportId");
  }

  @Test
  @DisplayName("a bearer token signs in with its department's scope, and its user is on record")
  void bearerToken() {
    String token =
        TestPlatforms.IDENTITY_PROVIDER.token(
            "li.mps", Map.of("role", "DEPARTMENT", "department", "MPS", "region", "44"));
    assertThat(bearer("GET", queries + "/departments/MPS", token, null).status()).isEqualTo(200);
    assertThat(bearer("GET", queries + "/departments/SAMR", token, null).status()).isEqualTo(404);
    assertThat(
            bearer(
                    "POST",
                    commands + "/campaigns/ACTORS-2021/site-raids",
                    token,
                    raid("T-1", "MPS"))
                .status())
        .isEqualTo(201);
    assertThat(
            bearer(
                    "POST",
                    commands + "/campaigns/ACTORS-2021/site-raids",
                    token,
                    raid("T-2", "SAMR"))
                .status())
        .isEqualTo(403);

    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";
    assertThat(bearer("GET", queries + "/departments/MPS", forged, null).status()).isEqualTo(401);
    String noRole = TestPlatforms.IDENTITY_PROVIDER.token("nobody", Map.of());
    assertThat(bearer("GET", queries + "/departments/MPS", noRole, null).status()).isEqualTo(401);
    String unknownDepartment =
        TestPlatforms.IDENTITY_PROVIDER.token(
            "li.police", Map.of("role", "DEPARTMENT", "department", "POLICE"));
    assertThat(bearer("GET", queries + "/departments/MPS", unknownDepartment, null).status())
        .isEqualTo(401);
    String office = TestPlatforms.IDENTITY_PROVIDER.token("wang.office", Map.of("role", "OFFICE"));
    assertThat(bearer("GET", queries + "/departments/SAMR", office, null).status()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode history =
                  Http.get(queries + "/campaigns/ACTORS-2021/history", "auditor").body();
              JsonNode launched = history.path("items").get(0);
              assertThat(launched.path("type").asText()).isEqualTo("CampaignLaunched");
              assertThat(launched.path("actor").path("user").asText()).isEqualTo("office");
              assertThat(launched.path("actor").path("role").asText()).isEqualTo("OFFICE");
              JsonNode byToken = entryOf(history, "T-1");
              assertThat(byToken.path("actor").path("user").asText()).isEqualTo("li.mps");
              assertThat(byToken.path("actor").path("department").asText()).isEqualTo("MPS");
              assertThat(byToken.path("actor").path("region").asText()).isEqualTo("44");
            });
  }

  private static JsonNode entryOf(JsonNode history, String reportId) {
    for (JsonNode entry : history.path("items")) {
      if (reportId.equals(entry.path("event").path("reportId").asText())) {
        return entry;
      }
    }
    throw new AssertionError(reportId + " is not in " + history);
  }

  @Test
  @DisplayName("a body over 64 KB is refused with 413, changing nothing")
  void bodyTooLarge() {
    String notes = "x".repeat(70 * 1024);
    Http.Response response =
        Http.post(
            commands + "/campaigns/ACTORS-2021/site-raids",
            raid("BIG-1", "MPS")
                .replace("\"sites\": 1", "\"sites\": 1, \"notes\": \"" + notes + "\""),
            "mps");
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body().path("type").asText()).isEqualTo("/problems/body-too-large");
  }

  @Test
  @DisplayName(
      "after ten failed sign-ins a user name is locked for the minute, right password or not")
  void failedSignIns() {
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(withPassword("nncc", "guess-" + attempt).status()).isEqualTo(401);
    }
    Http.Response locked = withPassword("nncc", "nncc-demo");
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.body().path("type").asText()).isEqualTo("/problems/too-many-requests");
    assertThat(withPassword("nmpa", "nmpa-demo").status()).isEqualTo(200);
  }

  private static Http.Response withPassword(String user, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Http.send(
        HttpRequest.newBuilder(URI.create(queries + "/reference/units"))
            .header("Authorization", "Basic " + basic)
            .GET());
  }

  @Test
  @DisplayName("a browser session signs in on the page, and its changes need the page's CSRF token")
  void browserSession() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(commands + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String csrf = csrfOf(page);
    HttpResponse<String> signIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(commands + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=mps&password=mps-demo&_csrf="
                            + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

    HttpResponse<String> withoutToken =
        browser.send(
            HttpRequest.newBuilder(URI.create(commands + "/campaigns/ACTORS-2021/site-raids"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(raid("S-1", "MPS")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);

    String token =
        csrfOf(
            browser
                .send(
                    HttpRequest.newBuilder(URI.create(commands + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    HttpResponse<String> withToken =
        browser.send(
            HttpRequest.newBuilder(URI.create(commands + "/campaigns/ACTORS-2021/site-raids"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(raid("S-1", "MPS")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withToken.statusCode()).isEqualTo(201);
  }

  private static String csrfOf(String page) {
    Matcher matcher =
        Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page);
    assertThat(matcher.find()).as(page).isTrue();
    return matcher.group(1);
  }

  @Test
  @DisplayName("answers carry security headers, and errors no internals")
  void headersAndErrors() {
    HttpResponse<byte[]> answer = Http.getBytes(queries + "/campaigns");
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'");
    assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    for (Http.Response error :
        List.of(
            Http.get(queries + "/departments/NOPE"),
            Http.post(commands + "/campaigns", "{\"campaignId\": 42}", "office"),
            Http.post(commands + "/campaigns/ACTORS-2021/site-raids", "{", "mps"),
            Http.send(HttpRequest.newBuilder(URI.create(queries + "/campaigns")).GET()))) {
      assertThat(error.contentType()).startsWith("application/problem+json");
      assertThat(error.body().toString()).doesNotContain("Exception", "org.", "at java");
    }
  }

  private static Http.Response bearer(String method, String url, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return Http.send(request);
  }

  private static String raid(String reportId, String department) {
    return """
        {"reportId": "%s", "department": "%s", "region": "44", "occurredOn": "2021-04-01",
         "reportedBy": "tester", "sites": 1}
        """
        .formatted(reportId, department);
  }
}
