package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Computed indicators beyond the reports' figures, through both APIs and the broker: criminal cases
 * per million residents scored in bands, tasks completed and completed on time, case transfers
 * accepted, all as recorded by the cut-off; each figure opens into the reports, tasks or transfers
 * behind it, which add up to it. Gansu (62) and Qinghai (63), which no other test reports in,
 * worked out by hand; Hebei (13) for its office's access.
 */
@DisplayName("Evaluation: banded, per-capita, task and transfer indicators open into their sources")
class EvaluationSourcesTest {

  private static final String ROUND = "EVAL-2020-SOURCES";
  private static final String CAMPAIGN = "EVALSRC-2020";

  private final LocalPlatform platform = TestPlatforms.shared();
  private final String commands = "http://localhost:" + platform.commandPort();
  private final String queries = "http://localhost:" + platform.queryPort();

  private void ok(Http.Response response) {
    assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
  }

  private String campaign(String path) {
    return commands + "/campaigns/" + CAMPAIGN + path;
  }

  private void cases(String id, String region, int cases) {
    ok(
        Http.post(
            campaign("/cases-filed"),
            """
            {"reportId": "%s", "department": "MPS", "region": "%s", "occurredOn": "2020-07-01",
             "reportedBy": "tester", "caseKind": "CRIMINAL", "cases": %d}
            """
                .formatted(id, region, cases),
            "mps"));
  }

  private void task(String id, String region, String dueOn) {
    ok(
        Http.post(
            campaign("/tasks"),
            """
            {"taskId": "%s", "department": "MPS", "region": "%s", "title": "Check the markets",
             "dueOn": "%s"}
            """
                .formatted(id, region, dueOn),
            "office"));
  }

  private void complete(String id) {
    ok(Http.post(campaign("/tasks/" + id + "/completion"), "{\"department\": \"MPS\"}", "mps"));
  }

  private void transfer(String caseId, String region, String decision) {
    ok(
        Http.post(
            commands + "/cases/" + caseId + "/transfers/T1",
            """
            {"from": "SAMR", "to": "MPS", "region": "%s", "title": "Counterfeit fertiliser"}
            """
                .formatted(region),
            "samr"));
    String body =
        decision.equals("acceptance")
            ? "{\"department\": \"MPS\"}"
            : "{\"department\": \"MPS\", \"reason\": \"no evidence\"}";
    ok(Http.post(commands + "/cases/" + caseId + "/transfers/T1/" + decision, body, "mps"));
  }

  @Test
  @DisplayName("Gansu's and Qinghai's figures, rates and scores equal the ones worked out by hand")
  void sources() {
    ok(
        Http.post(
            commands + "/campaigns",
            """
            {"campaignId": "%s", "name": "Evaluation sources", "focus": "AGRICULTURAL_MATERIALS",
             "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["62", "63"],
             "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
            """
                .formatted(CAMPAIGN),
            "office"));
    TestPlatforms.mobilise(commands, CAMPAIGN);
    cases("ES-1", "62", 20);
    cases("ES-2", "63", 3);
    cases("ES-3", "63", 2);
    task("ES-T1", "62", "2099-12-31");
    task("ES-T2", "62", "2020-10-01");
    task("ES-T3", "62", "2099-12-31");
    task("ES-T4", "63", "2099-12-31");
    task("ES-T5", "63", "2099-12-31");
    complete("ES-T1");
    complete("ES-T2");
    complete("ES-T4");
    transfer("ES-CASE-62", "62", "acceptance");
    transfer("ES-CASE-63", "63", "return");
    Instant cutOff = Instant.now();
    cases("ES-LATE", "62", 500);
    complete("ES-T5");

    ok(Http.post(commands + "/evaluations", draft(cutOff), "office"));
    for (String evaluator : List.of("eval.wang", "eval.li")) {
      ok(
          Http.put(
              commands + "/evaluations/" + ROUND + "/evaluators/" + evaluator,
              "{\"regions\": [\"13\", \"62\", \"63\"]}",
              "office"));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonNode gansu = region(round("office"), "62");
              return indicator(gansu, "A2").path("figure").asInt() == 2
                  && indicator(gansu, "A4").path("figure").asInt() == 1
                  && gansu.path("recordedAfterCutOff").size() == 1;
            });
    JsonNode round = round("office");
    JsonNode gansu = region(round, "62");
    JsonNode qinghai = region(round, "63");
    // 20 criminal cases over 25,019,831 residents: 0.7994 a million, just short of the top band.
    assertIndicator(gansu, "A1", "20", "10");
    assertThat(indicator(gansu, "A1").path("rate").decimalValue()).isEqualByComparingTo("0.7994");
    // 5 over 5,923,957: 0.8440 a million, in the top band from 0.8.
    assertIndicator(qinghai, "A1", "5", "20");
    assertThat(indicator(qinghai, "A1").path("rate").decimalValue()).isEqualByComparingTo("0.8440");
    // Tasks completed, target 2: Gansu two (one late), Qinghai one (the other after the cut-off).
    assertIndicator(gansu, "A2", "2", "20");
    assertIndicator(qinghai, "A2", "1", "10");
    assertIndicator(gansu, "A3", "1", "10");
    assertIndicator(qinghai, "A3", "1", "10");
    // Transfers accepted, target 1: Gansu's accepted, Qinghai's returned.
    assertIndicator(gansu, "A4", "1", "20");
    assertIndicator(qinghai, "A4", "0", "0");
    assertThat(gansu.path("total").decimalValue()).isEqualByComparingTo("60");
    assertThat(qinghai.path("total").decimalValue()).isEqualByComparingTo("40");
    assertThat(gansu.path("recordedAfterCutOff").toString()).contains(CAMPAIGN + "/ES-LATE");

    assertThat(ids(sources(qinghai, "A1", "office")))
        .containsExactly(CAMPAIGN + "/ES-2", CAMPAIGN + "/ES-3");
    String csv =
        new String(
            Http.getBytes(link(qinghai, "A1") + "?format=csv").body(), StandardCharsets.UTF_8);
    assertThat(csv).contains("REPORT," + CAMPAIGN + "/ES-2,MPS,2020-07-01,3");
    assertThat(ids(sources(gansu, "A2", "office")))
        .containsExactly(CAMPAIGN + "/ES-T1", CAMPAIGN + "/ES-T2");
    assertThat(ids(sources(gansu, "A3", "office"))).containsExactly(CAMPAIGN + "/ES-T1");
    assertThat(ids(sources(gansu, "A4", "office"))).containsExactly("ES-CASE-62/1");
    for (JsonNode region : List.of(gansu, qinghai)) {
      for (String code : List.of("A1", "A2", "A3", "A4")) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode source : sources(region, code, "office").path("sources")) {
          sum = sum.add(source.path("adds").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(indicator(region, code).path("figure").decimalValue());
      }
    }

    // Before publication Hebei's office opens its own region's sources, not another's.
    JsonNode hebei = region(round, "13");
    assertThat(Http.get(link(hebei, "A1"), "hebei.office").status()).isEqualTo(200);
    assertThat(Http.get(link(gansu, "A1"), "hebei.office").status()).isEqualTo(404);
    assertThat(Http.get(link(gansu, "A1"), "mps").status()).isEqualTo(403);
    assertThat(
            Http.get(
                    queries + "/evaluations/" + ROUND + "/regions/62/indicators/B1/sources",
                    "office")
                .status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName(
      "a draft is refused, naming the field, for bands out of order or a year without figures")
  void illFormed() {
    Http.Response bands =
        Http.post(
            commands + "/evaluations",
            draft(Instant.now()).replace("\"from\": 0.8", "\"from\": 0.25"),
            "office");
    assertThat(bands.status()).isEqualTo(400);
    assertThat(bands.body().toString()).contains("bands");
    Http.Response year =
        Http.post(
            commands + "/evaluations",
            draft(Instant.now()).replace("\"year\": 2020", "\"year\": 2019"),
            "office");
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.body().toString()).contains("scheme");
  }

  private JsonNode round(String user) {
    return Http.get(queries + "/evaluations/" + ROUND, user).body();
  }

  private String link(JsonNode region, String code) {
    return queries + indicator(region, code).path("sources").asText();
  }

  private JsonNode sources(JsonNode region, String code, String user) {
    Http.Response response = Http.get(link(region, code), user);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response.body();
  }

  private static List<String> ids(JsonNode sources) {
    List<String> ids = new ArrayList<>();
    sources.path("sources").forEach(source -> ids.add(source.path("id").asText()));
    return ids;
  }

  private static void assertIndicator(JsonNode region, String code, String figure, String score) {
    JsonNode indicator = indicator(region, code);
    assertThat(indicator.path("figure").decimalValue()).as(code).isEqualByComparingTo(figure);
    assertThat(indicator.path("score").decimalValue()).as(code).isEqualByComparingTo(score);
  }

  private static JsonNode region(JsonNode round, String code) {
    for (JsonNode result : round.path("ranking")) {
      if (result.path("region").path("code").asText().equals(code)) {
        return result;
      }
    }
    return round.path("none");
  }

  private static JsonNode indicator(JsonNode result, String code) {
    for (JsonNode section : result.path("sections")) {
      for (JsonNode indicator : section.path("indicators")) {
        if (indicator.path("code").asText().equals(code)) {
          return indicator;
        }
      }
    }
    return result.path("none");
  }

  private static String draft(Instant cutOff) {
    return """
        {"roundId": "%s", "year": 2020, "title": "Evaluation sources test", "cutOff": "%s",
         "scheme": {"version": 1, "flagThreshold": 5, "appealDays": 15,
           "grades": [{"name": "pass", "minTotal": 60}, {"name": "fail", "minTotal": 0}],
           "sections": [
             {"code": "A", "title": "Results", "points": 80, "maxDeduction": 10,
              "indicators": [
                {"code": "A1", "title": "Criminal cases per million residents", "kind": "COMPUTED",
                 "points": 20, "figure": "CRIMINAL_CASES", "rule": "BANDED",
                 "per": "PER_MILLION_RESIDENTS",
                 "bands": [{"from": 0.5, "points": 10}, {"from": 0.8, "points": 20}]},
                {"code": "A2", "title": "Tasks completed", "kind": "COMPUTED", "points": 20,
                 "tally": "TASKS_COMPLETED", "rule": "LINEAR_TO_TARGET", "target": 2},
                {"code": "A3", "title": "Tasks completed on time", "kind": "COMPUTED",
                 "points": 20, "tally": "TASKS_COMPLETED_ON_TIME", "rule": "LINEAR_TO_TARGET",
                 "target": 2},
                {"code": "A4", "title": "Case transfers accepted", "kind": "COMPUTED",
                 "points": 20, "tally": "TRANSFERS_ACCEPTED", "rule": "LINEAR_TO_TARGET",
                 "target": 1}]},
             {"code": "B", "title": "Mechanisms", "points": 20, "maxDeduction": 5,
              "indicators": [
                {"code": "B1", "title": "Leadership", "kind": "ASSESSED", "points": 20}]}]}}
        """
        .formatted(ROUND, cutOff);
  }
}
