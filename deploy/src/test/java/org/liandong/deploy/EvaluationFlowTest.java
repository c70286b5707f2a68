package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An evaluation round through the HTTP APIs and the broker: reports in a campaign, a round drafted
 * with a cut-off, scored by two evaluators, moderated, published and appealed; the results of three
 * regions worked out by hand; a report recorded after the cut-off changes nothing.
 */
@DisplayName("Evaluation: a round scored, published and appealed, its results worked out by hand")
class EvaluationFlowTest {

  private static final String ROUND = "EVAL-2020-FLOW";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalPlatform platform = TestPlatforms.shared();
  private final String commands = "http://localhost:" + platform.commandPort();
  private final String queries = "http://localhost:" + platform.queryPort();

  private static String token(String user, Map<String, Object> claims) {
    return TestPlatforms.IDENTITY_PROVIDER.token(user, claims);
  }

  private static final String OFFICE = token("office.eval", Map.of("role", "OFFICE"));
  private static final String WANG = token("eval.wang", Map.of("role", "EVALUATOR"));
  private static final String LI = token("eval.li", Map.of("role", "EVALUATOR"));
  private static final String ZHAO = token("eval.zhao", Map.of("role", "EVALUATOR"));
  private static final String HEBEI =
      token("hebei.office", Map.of("role", "PROVINCIAL_OFFICE", "region", "13"));
  private static final String MPS =
      token("mps.eval", Map.of("role", "DEPARTMENT", "department", "MPS"));

  private Http.Response send(String method, String path, String json, String bearer) {
    return Http.send(
        HttpRequest.newBuilder(
                URI.create(
                    (path.startsWith("/evaluations/") && method.equals("GET") ? queries : commands)
                        + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + bearer)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)));
  }

  private void sent(String method, String path, String json, String bearer) {
    Http.Response response = send(method, path, json, bearer);
    assertThat(response.status()).as(method + " " + path + ": " + response.body()).isEqualTo(201);
  }

  private void report(String kind, String id, String region, String figures) {
    sent(
        "POST",
        "/campaigns/EVALFLOW-2020/" + kind,
        """
        {"reportId": "%s", "department": "MPS", "region": "%s", "occurredOn": "2020-07-01",
         "reportedBy": "tester", %s}
        """
            .formatted(id, region, figures),
        MPS);
  }

  private JsonNode results(String bearer) {
    return send("GET", "/evaluations/" + ROUND, null, bearer).body();
  }

  @Test
  @DisplayName("three regions' totals, grades and ranks equal the ones worked out by hand")
  void flow() throws Exception {
    sent(
        "POST",
        "/campaigns",
        """
        {"campaignId": "EVALFLOW-2020", "name": "Evaluation flow", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"],
         "regions": ["13", "33", "44"], "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """,
        OFFICE);
    sent("POST", "/campaigns/EVALFLOW-2020/phase", "{\"to\": \"MOBILISATION\"}", OFFICE);
    report("cases-filed", "EF-1", "13", "\"caseKind\": \"CRIMINAL\", \"cases\": 60");
    report("cases-filed", "EF-2", "33", "\"caseKind\": \"CRIMINAL\", \"cases\": 150");
    report("cases-filed", "EF-3", "44", "\"caseKind\": \"ADMINISTRATIVE\", \"cases\": 9");
    report("suspect-arrests", "EF-4", "13", "\"suspects\": 36");
    report("suspect-arrests", "EF-5", "33", "\"suspects\": 12");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/EVALFLOW-2020/reports").body().path("total").asLong()
                    == 5);
    Instant cutOff = Instant.now();

    sent("POST", "/evaluations", draft(cutOff), OFFICE);
    sent(
        "PUT",
        "/evaluations/" + ROUND + "/evaluators/eval.wang",
        "{\"homeRegion\": \"11\", \"regions\": [\"13\", \"33\", \"44\"]}",
        OFFICE);
    sent(
        "PUT",
        "/evaluations/" + ROUND + "/evaluators/eval.li",
        "{\"homeRegion\": \"51\", \"regions\": [\"13\", \"33\", \"44\"]}",
        OFFICE);
    sent("PUT", "/evaluations/" + ROUND + "/lead", "{\"evaluator\": \"eval.zhao\"}", OFFICE);
    sent("POST", "/evaluations/" + ROUND + "/phase", "{\"to\": \"OPEN\"}", OFFICE);
    sent(
        "PUT",
        "/evaluations/" + ROUND + "/regions/13/self-assessment",
        "{\"text\": \"A joint enforcement office in every city\"}",
        HEBEI);
    assertThat(
            send(
                    "PUT",
                    "/evaluations/" + ROUND + "/regions/33/self-assessment",
                    "{\"text\": \"not ours\"}",
                    HEBEI)
                .status())
        .isEqualTo(403);
    sent("POST", "/evaluations/" + ROUND + "/phase", "{\"to\": \"SCORING\"}", OFFICE);
    int[][] wang = {{18, 15}, {12, 14}, {10, 8}};
    int[][] li = {{10, 16}, {13, 14}, {10, 9}};
    String[] regions = {"13", "33", "44"};
    for (int r = 0; r < regions.length; r++) {
      score(regions[r], "B1", wang[r][0], WANG);
      score(regions[r], "B2", wang[r][1], WANG);
      score(regions[r], "B1", li[r][0], LI);
      score(regions[r], "B2", li[r][1], LI);
    }
    assertThat(
            send(
                    "PUT",
                    "/evaluations/" + ROUND + "/regions/13/scores/B1",
                    "{\"score\": 5, \"justification\": \"x\"}",
                    ZHAO)
                .status())
        .isEqualTo(403);
    sent("POST", "/evaluations/" + ROUND + "/phase", "{\"to\": \"MODERATION\"}", ZHAO);
    assertThat(
            send("POST", "/evaluations/" + ROUND + "/phase", "{\"to\": \"PUBLISHED\"}", ZHAO)
                .status())
        .isEqualTo(422);
    sent(
        "PUT",
        "/evaluations/" + ROUND + "/regions/13/settlements/B1",
        "{\"score\": 15, \"reason\": \"the visit's notes\"}",
        ZHAO);
    sent(
        "POST",
        "/evaluations/" + ROUND + "/deductions/D-1",
        "{\"region\": \"33\", \"section\": \"B\", \"points\": 2, \"reason\": \"an overdue task\"}",
        ZHAO);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> results(HEBEI).path("phase").asText().equals("MODERATION"));
    assertThat(results(HEBEI).path("ranking"))
        .extracting(r -> r.path("region").path("code").asText())
        .containsExactly("13");
    assertThat(results(HEBEI).path("ranking").get(0).path("rank").asInt()).isZero();

    Instant beforePublication = Instant.now();
    sent("POST", "/evaluations/" + ROUND + "/phase", "{\"to\": \"PUBLISHED\"}", ZHAO);
    report("cases-filed", "EF-LATE", "44", "\"caseKind\": \"CRIMINAL\", \"cases\": 500");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> results(OFFICE).path("phase").asText().equals("PUBLISHED"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/EVALFLOW-2020/reports").body().path("total").asLong()
                    == 6);

    JsonNode ranking = results(HEBEI).path("ranking");
    assertThat(ranking).hasSize(3);
    assertRegion(ranking.get(0), "13", 1, "78.50", "good");
    assertRegion(ranking.get(1), "33", 2, "69.50", "pass");
    assertRegion(ranking.get(2), "44", 3, "18.50", "fail");
    assertThat(ranking.get(2).path("recordedAfterCutOff").toString())
        .isEqualTo("[\"EVALFLOW-2020/EF-LATE\"]");
    assertThat(ranking.get(0).path("recordedAfterCutOff")).isEmpty();
    assertThat(indicator(ranking.get(0), "A1").path("figure").decimalValue())
        .isEqualByComparingTo("60");
    assertThat(indicator(ranking.get(0), "A1").path("score").decimalValue())
        .isEqualByComparingTo("18");
    assertThat(indicator(ranking.get(2), "A1").path("figure").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(indicator(ranking.get(0), "B1").path("flagged").asBoolean()).isTrue();
    assertThat(ranking.get(0).path("selfAssessment").asText()).contains("joint enforcement office");
    assertThat(send("GET", "/evaluations/" + ROUND, null, MPS).status()).isEqualTo(403);

    sent(
        "POST",
        "/evaluations/" + ROUND + "/regions/13/appeals/B2",
        "{\"reason\": \"the training records were not read\"}",
        HEBEI);
    sent(
        "POST",
        "/evaluations/" + ROUND + "/regions/13/appeals/B2/decision",
        "{\"decision\": \"AMENDED\", \"score\": 18, \"reason\": \"records read\"}",
        ZHAO);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                results(OFFICE)
                        .path("ranking")
                        .get(0)
                        .path("total")
                        .decimalValue()
                        .compareTo(new java.math.BigDecimal("81"))
                    == 0);
    JsonNode hebei = results(OFFICE).path("ranking").get(0);
    assertThat(hebei.path("publishedTotal").decimalValue()).isEqualByComparingTo("78.50");
    assertThat(indicator(hebei, "B2").path("publishedScore").decimalValue())
        .isEqualByComparingTo("15.50");
    assertThat(indicator(hebei, "B2").path("appeal").path("decision").asText())
        .isEqualTo("AMENDED");
    assertThat(indicator(hebei, "B2").path("median").decimalValue()).isEqualByComparingTo("14");
    assertThat(indicator(hebei, "B2").path("best").decimalValue()).isEqualByComparingTo("18");
    assertThat(indicator(hebei, "A1").path("median").decimalValue()).isEqualByComparingTo("18");
    assertThat(indicator(hebei, "A1").path("best").decimalValue()).isEqualByComparingTo("30");

    JsonNode progress = results(OFFICE).path("progress");
    assertThat(progress.path("regions").asInt()).isEqualTo(3);
    assertThat(progress.path("assessed").asInt()).isEqualTo(6);
    assertThat(progress.path("scoredTwice").asInt()).isEqualTo(6);
    assertThat(progress.path("flagged").asInt()).isEqualTo(1);
    assertThat(progress.path("settled").asInt()).isEqualTo(1);
    assertThat(progress.path("appealsDecided").asInt()).isEqualTo(1);

    // The same inputs under a scheme that weighs cases filed more: Zhejiang overtakes Hebei.
    ObjectNode other = (ObjectNode) JSON.readTree(draft(cutOff)).path("scheme");
    other.put("version", 2);
    JsonNode results = other.path("sections").get(0).path("indicators");
    ((ObjectNode) results.get(0)).put("points", 50);
    ((ObjectNode) results.get(1)).put("points", 10);
    Http.Response compared =
        Http.send(
            HttpRequest.newBuilder(URI.create(queries + "/evaluations/" + ROUND + "/comparisons"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ZHAO)
                .POST(HttpRequest.BodyPublishers.ofString(other.toString())));
    assertThat(compared.status()).as(compared.body().toString()).isEqualTo(200);
    JsonNode zhejiang = compared.body().path("regions").get(1);
    assertThat(zhejiang.path("region").asText()).isEqualTo("33");
    assertThat(zhejiang.path("otherTotal").decimalValue()).isEqualByComparingTo("79.50");
    assertThat(zhejiang.path("otherRank").asInt()).isEqualTo(1);
    assertThat(zhejiang.path("moved").asInt()).isEqualTo(1);
    assertThat(compared.body().path("regions").get(0).path("otherTotal").decimalValue())
        .isEqualByComparingTo("73.00");
    assertThat(results(OFFICE).path("ranking").get(0).path("region").path("code").asText())
        .isEqualTo("13");

    // The round as it stood before publication: in moderation, no appeal, no late report yet.
    String asOf = "/evaluations/" + ROUND + "?recordedBy=" + beforePublication;
    JsonNode before = send("GET", asOf, null, OFFICE).body();
    assertThat(before.path("phase").asText()).isEqualTo("MODERATION");
    assertThat(before.path("recordedBy").asText()).isEqualTo(beforePublication.toString());
    assertRegion(before.path("ranking").get(0), "13", 1, "78.50", "good");
    assertThat(indicator(before.path("ranking").get(0), "B2").path("appeal").isNull()).isTrue();
    assertThat(before.path("ranking").get(2).path("recordedAfterCutOff")).isEmpty();
    assertThat(send("GET", asOf, null, HEBEI).body().path("ranking")).hasSize(1);
    assertThat(
            send("GET", "/evaluations/" + ROUND + "?recordedBy=" + cutOff, null, OFFICE).status())
        .isEqualTo(404);

    JsonNode worklist = send("GET", "/evaluations/" + ROUND + "/worklist", null, WANG).body();
    assertThat(worklist.path("items")).hasSize(6);
    assertThat(worklist.path("items").get(0).path("score").isNumber()).isTrue();
    assertThat(send("GET", "/evaluations/" + ROUND + "/worklist", null, MPS).status())
        .isEqualTo(403);
  }

  private void score(String region, String indicator, int points, String bearer) {
    sent(
        "PUT",
        "/evaluations/" + ROUND + "/regions/" + region + "/scores/" + indicator,
        "{\"score\": " + points + ", \"justification\": \"seen on the visit\"}",
        bearer);
  }

  private static void assertRegion(
      JsonNode result, String region, int rank, String total, String grade) {
    assertThat(result.path("region").path("code").asText()).isEqualTo(region);
    assertThat(result.path("rank").asInt()).isEqualTo(rank);
    assertThat(result.path("total").decimalValue()).isEqualByComparingTo(total);
    assertThat(result.path("grade").asText()).isEqualTo(grade);
  }

  private static JsonNode indicator(JsonNode result, String code) {
    for (JsonNode section : result.path("sections")) {
      for (JsonNode indicator : section.path("indicators")) {
        if (indicator.path("code").asText().equals(code)) {
          return indicator;
        }
      }
    }
    throw new AssertionError("no indicator " + code + " in " + result);
  }

  private static String draft(Instant cutOff) {
    return """
        {"roundId": "%s", "year": 2020, "title": "Evaluation flow test", "cutOff": "%s",
         "scheme": {"version": 1, "flagThreshold": 5, "appealDays": 15,
           "grades": [{"name": "excellent", "minTotal": 90}, {"name": "good", "minTotal": 75},
                      {"name": "pass", "minTotal": 60}, {"name": "fail", "minTotal": 0}],
           "sections": [
             {"code": "A", "title": "Results", "points": 60, "maxDeduction": 10,
              "indicators": [
                {"code": "A1", "title": "Criminal cases filed", "kind": "COMPUTED", "points": 30,
                 "figure": "CRIMINAL_CASES", "rule": "LINEAR_TO_TARGET", "target": 100},
                {"code": "A2", "title": "Suspects arrested", "kind": "COMPUTED", "points": 30,
                 "figure": "SUSPECTS_ARRESTED", "rule": "RANK_AMONG_REGIONS"}]},
             {"code": "B", "title": "Mechanisms", "points": 40, "maxDeduction": 5,
              "indicators": [
                {"code": "B1", "title": "Leadership", "kind": "ASSESSED", "points": 20},
                {"code": "B2", "title": "Publicity and training", "kind": "ASSESSED", "points": 20}]}]}}
        """
        .formatted(ROUND, cutOff);
  }
}
