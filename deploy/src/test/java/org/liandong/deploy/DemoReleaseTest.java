package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo data true to the seeds: the 2020 release built from it reproduces the press briefing's
 * figures exactly (seed 001, the SCIO briefing of 26 April 2021), each national and in no region;
 * the 2019 figures (seed 004) give the year-on-year changes; Kunlun's typical cases stand in their
 * true order (seed 002).
 */
@DisplayName("Demo data: the 2020 release reproduces the seeds' figures")
class DemoReleaseTest {

  private static String queries;
  private static JsonNode release;

  @BeforeAll
  static void published() {
    queries = "http://localhost:" + TestPlatforms.shared().queryPort();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                Http.get(queries + "/releases/REL-2020-ANNUAL").status() == 200
                    && Http.get(queries + "/typical-cases").body().path("items").size() >= 4
                    && Http.get(queries + "/releases/REL-2020-ANNUAL")
                            .body()
                            .at("/figures/national/personsProsecuted")
                            .asLong()
                        == 12_152);
    release = Http.get(queries + "/releases/REL-2020-ANNUAL").body();
  }

  @Test
  @DisplayName("each 2020 figure of the briefing, national and in no region")
  void seedFigures() {
    JsonNode national = release.at("/figures/national");
    assertThat(national.path("websitesClosed").asLong()).isEqualTo(2_884); // Sword Net 2020
    assertThat(national.path("shipmentsIntercepted").asLong()).isEqualTo(62_000); // Longteng ...
    assertThat(national.path("criminalCases").asLong()).isEqualTo(21_000);
    assertThat(national.path("suspectsArrested").asLong()).isEqualTo(32_000);
    assertThat(national.path("valueInvolvedCny").decimalValue())
        .isEqualByComparingTo("18000000000");
    assertThat(national.path("personsApprovedForArrest").asLong()).isEqualTo(7_174);
    assertThat(national.path("personsProsecuted").asLong()).isEqualTo(12_152);
    assertThat(national.path("firstInstanceConcluded").asLong()).isEqualTo(466_000);
    assertThat(campaign("IRON-FIST-2020").path("casesFiled").asLong()).isEqualTo(39_000);
    assertThat(
            Http.get(
                    queries
                        + "/statistics/2020/reports?figure=casesFiled&campaign=WANGJIAN-2020"
                        + "&region=national")
                .body()
                .path("total")
                .asLong())
        .isEqualTo(20_000); // Wangjian 2020: a result, not a target
    for (JsonNode region : release.at("/figures/byRegion")) {
      assertThat(region.at("/totals/websitesClosed").asLong()).isZero();
      assertThat(region.at("/totals/personsProsecuted").asLong()).isZero();
    }
  }

  @Test
  @DisplayName("year-on-year against the 2019 figures of seed 004, where 2019 has the figure")
  void yearOnYear() {
    List<String> figures = new ArrayList<>();
    for (JsonNode change : release.at("/figures/yearOnYear")) {
      figures.add(change.path("figure").asText());
      if (change.path("figure").asText().equals("criminalCases")) {
        assertThat(change.path("previous").asLong()).isEqualTo(16_000);
        assertThat(change.path("changePercent").decimalValue()).isEqualByComparingTo("31.3");
      }
    }
    assertThat(figures).contains("criminalCases", "suspectsArrested");
    // 2019's court figures count every instance, 2020's first-instance cases alone: no change.
    assertThat(figures).doesNotContain("firstInstanceConcluded");
  }

  @Test
  @DisplayName("Kunlun's typical cases in their true order, published, with their figures")
  void typicalCases() {
    List<String> order = new ArrayList<>();
    for (JsonNode item :
        Http.get(queries + "/typical-cases?status=PUBLISHED", "gacc").body().path("items")) {
      order.add(item.path("occurredOn").asText() + " " + item.path("typicalCaseId").asText());
    }
    assertThat(order.stream().sorted().map(entry -> entry.substring(11)))
        .containsSubsequence(
            "TC-2024-NINGBO", "TC-2024-HARBIN", "TC-2025-ZAOZHUANG", "TC-2025-CHAOYANG");
    JsonNode chaoyang = Http.get(queries + "/typical-cases/TC-2025-CHAOYANG", "gacc").body();
    assertThat(chaoyang.at("/figures/suspectsArrested").asLong()).isEqualTo(48);
    assertThat(chaoyang.at("/region/code").asText()).isEqualTo("11");
  }

  private static JsonNode campaign(String id) {
    for (JsonNode entry : release.at("/figures/byCampaign")) {
      if (entry.path("campaignId").asText().equals(id)) {
        return entry.path("totals");
      }
    }
    throw new AssertionError("no campaign " + id + " in the release");
  }
}
