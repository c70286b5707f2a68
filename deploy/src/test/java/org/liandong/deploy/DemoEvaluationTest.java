package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo's evaluation round, as a newcomer finds it on first start: published, four regions
 * ranked from the demo campaigns' figures, Hebei's appeal amended beside its published score.
 */
@DisplayName("The demo evaluation round is published with a ranking and a decided appeal")
class DemoEvaluationTest {

  @Test
  @DisplayName("EVAL-2020 ranks four regions; Hebei's figures and its amended appeal show")
  void demoRound() {
    String queries = "http://localhost:" + TestPlatforms.shared().queryPort();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> {
              JsonNode round = Http.get(queries + "/evaluations/EVAL-2020").body();
              return round.path("phase").asText().equals("PUBLISHED")
                  && round.path("ranking").size() == 4
                  && hebei(round)
                          .path("total")
                          .decimalValue()
                          .compareTo(hebei(round).path("publishedTotal").decimalValue())
                      > 0;
            });
    JsonNode hebei = hebei(Http.get(queries + "/evaluations/EVAL-2020").body());
    JsonNode arrests = indicator(hebei, "A2");
    // The Hebei network's 36 arrests are of 2015 (seed 003), no longer booked to 2020: Hebei
    // reported no arrests in 2020.
    assertThat(arrests.path("figure").decimalValue()).isEqualByComparingTo("0");
    assertThat(arrests.path("score").decimalValue()).isEqualByComparingTo("0");
    assertThat(indicator(hebei, "B1").path("settlement").path("score").decimalValue())
        .isEqualByComparingTo("16");
    assertThat(indicator(hebei, "B2").path("appeal").path("decision").asText())
        .isEqualTo("AMENDED");
    assertThat(Http.get(queries + "/evaluations/EVAL-2020", "hebei.office").status())
        .isEqualTo(200);
    assertThat(Http.get(queries + "/evaluations/EVAL-2020", "mps").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("the list of rounds names EVAL-2020, published, to the office and Hebei's office")
  void listOfRounds() {
    String queries = "http://localhost:" + TestPlatforms.shared().queryPort();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> demoRound(Http.get(queries + "/evaluations").body()) != null);
    JsonNode round = demoRound(Http.get(queries + "/evaluations", "hebei.office").body());
    JsonNode whole = Http.get(queries + "/evaluations/EVAL-2020").body();
    assertThat(round.path("year").asInt()).isEqualTo(2020);
    assertThat(round.path("title").asText()).isNotBlank().isEqualTo(whole.path("title").asText());
    assertThat(round.path("cutOff").asText()).isEqualTo(whole.path("cutOff").asText());
    assertThat(round.path("publishedOn").asText())
        .isNotBlank()
        .isEqualTo(whole.path("publishedOn").asText());
    assertThat(round.has("ranking")).as("a list without results").isFalse();
    assertThat(Http.get(queries + "/evaluations", "mps").status()).isEqualTo(403);
  }

  /** The demo round in the list, once published; null before. */
  private static JsonNode demoRound(JsonNode rounds) {
    for (JsonNode round : rounds) {
      if (round.path("roundId").asText().equals("EVAL-2020")
          && round.path("phase").asText().equals("PUBLISHED")) {
        return round;
      }
    }
    return null;
  }

  private static JsonNode hebei(JsonNode round) {
    for (JsonNode result : round.path("ranking")) {
      if (result.path("region").path("code").asText().equals("13")) {
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
    throw new AssertionError("no indicator " + code + " in " + result);
  }
}
