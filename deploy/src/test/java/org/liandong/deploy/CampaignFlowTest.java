package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through, driven over HTTP through the real broker and the MongoDB wire
 * protocol: launch, assign, report a raid and a seizure, read both projections.
 */
@DisplayName("A campaign's reports flow from the command API to the department and campaign views")
class CampaignFlowTest {

  private static String commands;
  private static String queries;

  @BeforeAll
  static void platform() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
  }

  @Test
  @DisplayName(
      "launch, assign, raid and seizure show in the department workspace and the campaign summary")
  void endToEnd() {
    Http.Response launched =
        Http.post(
            commands + "/campaigns",
            """
            {"campaignId": "FLOW-2020", "name": "Flow test campaign", "focus": "ONLINE_MARKET",
             "leadDepartment": "SAMR", "participatingDepartments": ["MPS", "GACC"],
             "regions": ["33", "44"],
             "period": {"startsOn": "2020-06-01", "endsOn": "2020-12-31"},
             "keyPoints": ["Counterfeit goods sold online"]}
            """);
    TestPlatforms.mobilise(commands, "FLOW-2020");
    assertThat(launched.status()).isEqualTo(201);
    assertThat(launched.body().path("status").asText()).isEqualTo("RECORDED");

    assertThat(
            Http.post(
                    commands + "/campaigns/FLOW-2020/tasks",
                    """
                    {"taskId": "FLOW-T1", "department": "MPS", "region": "44",
                     "title": "Raid the warehouses named in the platform's complaints", "dueOn": "2020-09-30"}
                    """)
                .status())
        .isEqualTo(201);
    assertThat(
            Http.post(
                    commands + "/campaigns/FLOW-2020/site-raids",
                    """
                    {"reportId": "FLOW-R1", "department": "MPS", "region": "44", "occurredOn": "2020-08-12",
                     "reportedBy": "gd.police.ip-unit", "sites": 3}
                    """)
                .status())
        .isEqualTo(201);
    String seizure =
        """
        {"reportId": "FLOW-R2", "department": "MPS", "region": "44", "occurredOn": "2020-08-12",
         "reportedBy": "gd.police.ip-unit", "category": "APPAREL",
         "quantity": {"amount": 12500.5, "unit": "kg"}, "estimatedValue": 375000.25}
        """;
    assertThat(Http.post(commands + "/campaigns/FLOW-2020/goods-seizures", seizure).status())
        .isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode summary = Http.get(queries + "/campaigns/FLOW-2020").body();
              assertThat(summary.path("totals").path("reports").asLong()).isEqualTo(2);
              assertThat(summary.path("tasks").path("assigned").asLong()).isEqualTo(1);
            });

    JsonNode summary = Http.get(queries + "/campaigns/FLOW-2020").body();
    assertThat(summary.path("leadDepartment").path("code").asText()).isEqualTo("SAMR");
    assertThat(summary.path("participatingDepartments").findValuesAsText("code"))
        .containsExactly("GACC", "MPS", "SAMR");
    assertThat(summary.path("totals").path("sitesRaided").asLong()).isEqualTo(3);
    assertThat(summary.path("totals").path("seizures").asLong()).isEqualTo(1);
    assertThat(summary.path("totals").path("goodsValueCny").decimalValue())
        .isEqualByComparingTo("375000.25");
    assertThat(summary.path("byRegion").get(0).path("region").path("code").asText())
        .isEqualTo("44");
    JsonNode apparel = summary.path("byCategory").get(0);
    assertThat(apparel.path("category").path("code").asText()).isEqualTo("APPAREL");
    assertThat(apparel.path("quantities").get(0).path("unit").asText()).isEqualTo("kg");
    assertThat(apparel.path("quantities").get(0).path("amount").decimalValue())
        .isEqualByComparingTo("12500.5");

    // The department workspace is a projection of its own, with its own pace.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode police = Http.get(queries + "/departments/MPS").body();
              JsonNode campaign = campaignIn(police, "FLOW-2020");
              assertThat(campaign.path("role").asText()).isEqualTo("PARTICIPANT");
              assertThat(campaign.path("tasks").get(0).path("taskId").asText())
                  .isEqualTo("FLOW-T1");
              assertThat(campaign.path("tasks").get(0).path("region").path("code").asText())
                  .isEqualTo("44");
              assertThat(campaign.path("totals").path("reports").asLong()).isEqualTo(2);
              assertThat(
                      campaign.path("byRegion").get(0).path("totals").path("sitesRaided").asLong())
                  .isEqualTo(3);
              assertThat(campaign.path("byCategory").get(0).path("goodsValueCny").decimalValue())
                  .isEqualByComparingTo("375000.25");
            });

    JsonNode lead = Http.get(queries + "/departments/SAMR").body();
    assertThat(campaignIn(lead, "FLOW-2020").path("role").asText()).isEqualTo("LEAD");
    assertThat(campaignIn(lead, "FLOW-2020").path("totals").path("reports").asLong()).isZero();
  }

  @Test
  @DisplayName("a report sent again with the same id is acknowledged and counted once")
  void retriedReportCountsOnce() {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "RETRY-2020", "name": "Retry test campaign", "focus": "PIRACY",
         "leadDepartment": "NCAC", "participatingDepartments": ["MPS"], "regions": ["31"],
         "period": {"startsOn": "2020-06-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "RETRY-2020");
    String raid =
        """
        {"reportId": "RETRY-R1", "department": "MPS", "region": "31", "occurredOn": "2020-07-01",
         "reportedBy": "sh.police", "sites": 2}
        """;
    Http.Response first = Http.post(commands + "/campaigns/RETRY-2020/site-raids", raid);
    Http.Response again = Http.post(commands + "/campaigns/RETRY-2020/site-raids", raid);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("status").asText()).isEqualTo("ALREADY_RECORDED");
    Http.post(
        commands + "/campaigns/RETRY-2020/site-raids",
        """
        {"reportId": "RETRY-R2", "department": "MPS", "region": "31", "occurredOn": "2020-07-02",
         "reportedBy": "sh.police", "sites": 5}
        """);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/campaigns/RETRY-2020")
                            .body()
                            .path("totals")
                            .path("reports")
                            .asLong())
                    .isEqualTo(2));
    assertThat(
            Http.get(queries + "/campaigns/RETRY-2020")
                .body()
                .path("totals")
                .path("sitesRaided")
                .asLong())
        .isEqualTo(7);
  }

  @Test
  @DisplayName("a joint operation shows for each co-operating department and counts once")
  void jointOperationCountsOnce() {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "JOINT-2025", "name": "Joint operation test", "focus": "TRADE_SECRETS",
         "leadDepartment": "MPS", "participatingDepartments": ["NCAC", "CNIPA"], "regions": ["37"],
         "period": {"startsOn": "2025-01-01", "endsOn": "2025-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "JOINT-2025");
    Http.Response arrests =
        Http.post(
            commands + "/campaigns/JOINT-2025/suspect-arrests",
            """
            {"reportId": "J-1", "department": "MPS", "region": "37", "occurredOn": "2025-02-18",
             "reportedBy": "sd.police", "suspects": 16, "cooperatingDepartments": ["NCAC", "CNIPA"]}
            """);
    assertThat(arrests.status()).isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/campaigns/JOINT-2025")
                            .body()
                            .path("totals")
                            .path("suspectsArrested")
                            .asLong())
                    .isEqualTo(16));
    JsonNode summary = Http.get(queries + "/campaigns/JOINT-2025").body();
    assertThat(summary.path("byDepartment")).hasSize(1);
    // The department workspaces are a projection of their own, with their own pace.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              for (String cooperating : new String[] {"NCAC", "CNIPA"}) {
                JsonNode campaign =
                    campaignIn(
                        Http.get(queries + "/departments/" + cooperating).body(), "JOINT-2025");
                assertThat(campaign.path("jointTotals").path("suspectsArrested").asLong())
                    .isEqualTo(16);
                assertThat(campaign.path("totals").path("suspectsArrested").asLong()).isZero();
              }
            });
  }

  @Test
  @DisplayName("a corrected report counts in its latest version, a retracted one not at all")
  void correctionsAndRetractions() {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "FIX-2020", "name": "Correction test", "focus": "FOOD_AND_DRUGS",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["13", "44"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "FIX-2020");
    String seizure =
        """
        {"reportId": "FIX-1", "department": "MPS", "region": "13", "occurredOn": "2020-07-21",
         "reportedBy": "he.police", "category": "COSMETICS", "quantity": {"amount": 8600, "unit": "box"}}
        """;
    Http.post(commands + "/campaigns/FIX-2020/goods-seizures", seizure);
    Http.post(
        commands + "/campaigns/FIX-2020/suspect-arrests",
        """
        {"reportId": "FIX-2", "department": "MPS", "region": "13", "occurredOn": "2020-07-21",
         "reportedBy": "he.police", "suspects": 36}
        """);
    Instant beforeCorrection = Instant.now();
    String correction =
        """
        {"department": "MPS", "region": "13", "occurredOn": "2020-07-21", "reportedBy": "he.police",
         "category": "COSMETICS", "quantity": {"amount": 8450, "unit": "box"},
         "estimatedValue": 1690000, "reason": "150 boxes counted twice"}
        """;
    Http.Response corrected =
        Http.put(commands + "/campaigns/FIX-2020/goods-seizures/FIX-1", correction);
    assertThat(corrected.status()).isEqualTo(201);
    assertThat(Http.put(commands + "/campaigns/FIX-2020/goods-seizures/FIX-1", correction).status())
        .isEqualTo(200);
    assertThat(Http.post(commands + "/campaigns/FIX-2020/goods-seizures", seizure).status())
        .isEqualTo(200);
    Http.Response foreign =
        Http.post(
            commands + "/campaigns/FIX-2020/reports/FIX-2/retraction",
            "{\"department\": \"SAMR\", \"reason\": \"not ours\"}");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.body().path("errors").get(0).path("field").asText()).isEqualTo("reportId");
    assertThat(
            Http.post(
                    commands + "/campaigns/FIX-2020/reports/FIX-2/retraction",
                    "{\"department\": \"MPS\", \"reason\": \"entered in the wrong campaign\"}")
                .status())
        .isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode totals = Http.get(queries + "/campaigns/FIX-2020").body().path("totals");
              assertThat(totals.path("suspectsArrested").asLong()).isZero();
              assertThat(totals.path("goodsValueCny").decimalValue())
                  .isEqualByComparingTo("1690000");
            });
    JsonNode summary = Http.get(queries + "/campaigns/FIX-2020").body();
    assertThat(summary.path("totals").path("reports").asLong()).isEqualTo(1);
    assertThat(summary.path("byCategory").get(0).path("quantities").get(0).path("amount").asLong())
        .isEqualTo(8450);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/FIX-2020/reports?retracted=true")
                    .body()
                    .path("items")
                    .findValuesAsText("status")
                    .contains("RETRACTED"));
    JsonNode behind =
        Http.get(
                queries
                    + "/campaigns/FIX-2020/reports?kind=GoodsSeized&region=13&occurredFrom=2020-07-01")
            .body();
    assertThat(behind.path("total").asLong()).isEqualTo(1);
    JsonNode report = behind.path("items").get(0);
    assertThat(report.path("version").asInt()).isEqualTo(2);
    assertThat(report.path("corrections").get(0).path("reason").asText())
        .isEqualTo("150 boxes counted twice");
    assertThat(Http.get(queries + "/campaigns/FIX-2020/reports").body().path("total").asLong())
        .isEqualTo(1);
    assertThat(
            Http.get(queries + "/campaigns/FIX-2020/reports?retracted=true")
                .body()
                .path("total")
                .asLong())
        .isEqualTo(2);
    assertThat(
            Http.get(queries + "/departments/MPS/reports?campaign=FIX-2020")
                .body()
                .path("total")
                .asLong())
        .isEqualTo(1);
    assertThat(Http.get(queries + "/campaigns/FIX-2020/reports?occurredFrom=July").status())
        .isEqualTo(400);

    JsonNode then =
        Http.get(queries + "/campaigns/FIX-2020/as-of?recordedBy=" + beforeCorrection).body();
    assertThat(then.path("totals").path("suspectsArrested").asLong()).isEqualTo(36);
    assertThat(then.path("byCategory").get(0).path("quantities").get(0).path("amount").asLong())
        .isEqualTo(8600);
    assertThat(
            Http.get(queries + "/campaigns/FIX-2020/as-of")
                .body()
                .path("totals")
                .path("suspectsArrested")
                .asLong())
        .isZero();

    HttpResponse<byte[]> csv = Http.getBytes(queries + "/campaigns/FIX-2020/reports?format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] bytes = csv.body();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String[] rows = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\\R");
    assertThat(rows[0]).startsWith("campaignId,reportId,kind,status,version");
    assertThat(rows).hasSize(2);
    assertThat(rows[1]).contains("FIX-1", "GoodsSeized", "河北省");
  }

  private static JsonNode campaignIn(JsonNode workspace, String campaignId) {
    for (JsonNode campaign : workspace.path("campaigns")) {
      if (campaign.path("campaignId").asText().equals(campaignId)) {
        return campaign;
      }
    }
    throw new AssertionError(campaignId + " is not in " + workspace);
  }
}
