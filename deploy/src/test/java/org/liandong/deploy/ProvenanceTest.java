package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every figure of a dashboard opens into the reports behind it: the ledger, filtered as the
 * figure's breakdown is, adds up to the figure exactly, after corrections, a retraction and a joint
 * operation.
 */
@DisplayName("Each figure expands into the reports behind it, which add up to it exactly")
class ProvenanceTest {

  private static final String CAMPAIGN = "PROVENANCE-2021";

  /** The report figure that each total adds up, by kind of report. */
  private static final Map<String, Map<String, String>> SUMMED =
      Map.of(
          "SiteRaided", Map.of("sitesRaided", "sites"),
          "SuspectsArrested", Map.of("suspectsArrested", "suspects"),
          "CaseFiled", Map.of("casesFiled", "cases", "valueInvolvedCny", "valueInvolved"),
          "WebsitesClosed", Map.of("websitesClosed", "websites"),
          "GoodsSeized", Map.of("goodsValueCny", "estimatedValue"));

  @Test
  @DisplayName("totals, and each department's, region's and category's, equal their reports' sum")
  void figuresAddUp() {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    String campaign = commands + "/campaigns/" + CAMPAIGN;
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Provenance test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS", "GACC"],
         "regions": ["33", "44"], "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """
            .formatted(CAMPAIGN));
    TestPlatforms.mobilise(commands, CAMPAIGN);
    List<Http.Response> answers = new ArrayList<>();
    answers.add(report(campaign, "site-raids", "P-1", "MPS", "44", "\"sites\": 3"));
    answers.add(report(campaign, "site-raids", "P-2", "GACC", "33", "\"sites\": 2"));
    answers.add(report(campaign, "site-raids", "P-3", "SAMR", "33", "\"sites\": 5"));
    answers.add(
        report(
            campaign,
            "goods-seizures",
            "P-4",
            "SAMR",
            "44",
            "\"category\": \"APPAREL\", \"quantity\": {\"amount\": 120.5, \"unit\": \"kg\"},"
                + " \"estimatedValue\": 5000.55"));
    answers.add(
        report(
            campaign,
            "goods-seizures",
            "P-5",
            "GACC",
            "33",
            "\"category\": \"ELECTRONICS\", \"quantity\": {\"amount\": 40, \"unit\": \"piece\"},"
                + " \"estimatedValue\": 12000.10"));
    answers.add(
        report(
            campaign,
            "suspect-arrests",
            "P-6",
            "MPS",
            "44",
            "\"suspects\": 7, \"cooperatingDepartments\": [\"SAMR\"]"));
    answers.add(
        report(
            campaign,
            "cases-filed",
            "P-7",
            "MPS",
            "33",
            "\"caseKind\": \"CRIMINAL\", \"cases\": 2, \"valueInvolved\": 880000.01"));
    answers.add(report(campaign, "website-closures", "P-8", "SAMR", "33", "\"websites\": 11"));
    answers.add(
        Http.put(
            campaign + "/goods-seizures/P-4",
            """
            {"reportId": "P-4", "department": "SAMR", "region": "44", "occurredOn": "2021-04-02",
             "reportedBy": "tester", "category": "APPAREL",
             "quantity": {"amount": 110.25, "unit": "kg"}, "estimatedValue": 4800.45,
             "reason": "reweighed"}
            """));
    answers.add(
        Http.post(
            campaign + "/reports/P-2/retraction",
            "{\"department\": \"GACC\", \"reason\": \"entered twice\"}"));
    assertThat(answers).allMatch(answer -> answer.status() == 201, "every request recorded");

    // Seven reports are counted both after the seventh report and after the retraction: only the
    // sites raided (8 once P-2's 2 are retracted) tell the summary's last state. The ledger is a
    // projection of its own, with its own pace; the retraction is the campaign's last event there.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonNode totals = Http.get(queries + "/campaigns/" + CAMPAIGN).body().path("totals");
              return totals.path("reports").asLong() == 7
                  && totals.path("sitesRaided").asLong() == 8
                  && ledger(queries, "").size() == 7
                  && ledger(queries, "&retracted=true").size() == 8
                  && ledger(queries, "&retracted=true").stream()
                      .anyMatch(report -> report.path("status").asText().equals("RETRACTED"));
            });
    JsonNode summary = Http.get(queries + "/campaigns/" + CAMPAIGN).body();

    assertAddsUp(summary.path("totals"), ledger(queries, ""));
    assertThat(summary.path("totals").path("sitesRaided").asLong()).isEqualTo(8);
    assertThat(summary.path("totals").path("goodsValueCny").decimalValue())
        .isEqualByComparingTo("16800.55");
    for (JsonNode entry : summary.path("byDepartment")) {
      String code = entry.path("department").path("code").asText();
      assertAddsUp(entry.path("totals"), ledger(queries, "&department=" + code));
    }
    assertThat(summary.path("byDepartment")).hasSize(3);
    for (JsonNode entry : summary.path("byRegion")) {
      String code = entry.path("region").path("code").asText();
      assertAddsUp(entry.path("totals"), ledger(queries, "&region=" + code));
    }
    assertThat(summary.path("byRegion")).hasSize(2);
    for (JsonNode entry : summary.path("byCategory")) {
      List<JsonNode> reports =
          ledger(queries, "&category=" + entry.path("category").path("code").asText());
      assertThat(entry.path("seizures").asLong()).isEqualTo(reports.size());
      assertThat(entry.path("goodsValueCny").decimalValue())
          .isEqualByComparingTo(sum(reports, "estimatedValue"));
      BigDecimal amount = BigDecimal.ZERO;
      for (JsonNode report : reports) {
        amount = amount.add(report.path("figures").path("quantity").path("amount").decimalValue());
      }
      assertThat(entry.path("quantities").get(0).path("amount").decimalValue())
          .isEqualByComparingTo(amount);
    }
    JsonNode corrected = ledger(queries, "&category=APPAREL").get(0).path("corrections").get(0);
    assertThat(corrected.path("reason").asText()).isEqualTo("reweighed");
    assertThat(corrected.path("replaced").path("estimatedValue").decimalValue())
        .isEqualByComparingTo("5000.55");
  }

  /** Every total of the block equals the sum of the reports' figures behind it. */
  private static void assertAddsUp(JsonNode totals, List<JsonNode> reports) {
    assertThat(totals.path("reports").asLong()).isEqualTo(reports.size());
    assertThat(totals.path("seizures").asLong())
        .isEqualTo(
            reports.stream().filter(r -> r.path("kind").asText().equals("GoodsSeized")).count());
    SUMMED.forEach(
        (kind, figures) -> {
          List<JsonNode> ofKind =
              reports.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
          figures.forEach(
              (total, figure) ->
                  assertThat(totals.path(total).decimalValue())
                      .as(total)
                      .isEqualByComparingTo(sum(ofKind, figure)));
        });
  }

  private static BigDecimal sum(List<JsonNode> reports, String figure) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode report : reports) {
      JsonNode value = report.path("figures").path(figure);
      if (!value.isMissingNode() && !value.isNull()) {
        sum = sum.add(value.decimalValue());
      }
    }
    return sum;
  }

  /** Every report of the campaign matching the filter, page by page. */
  private static List<JsonNode> ledger(String queries, String filter) {
    List<JsonNode> reports = new ArrayList<>();
    int page = 0;
    JsonNode answer;
    do {
      answer =
          Http.get(queries + "/campaigns/" + CAMPAIGN + "/reports?size=3&page=" + page++ + filter)
              .body();
      answer.path("items").forEach(reports::add);
    } while (reports.size() < answer.path("total").asLong());
    return reports;
  }

  private static Http.Response report(
      String campaign, String kind, String id, String department, String region, String figures) {
    return Http.post(
        campaign + "/" + kind,
        """
        {"reportId": "%s", "department": "%s", "region": "%s", "occurredOn": "2021-04-02",
         "reportedBy": "tester", %s}
        """
            .formatted(id, department, region, figures));
  }
}
