package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A national department's figure without a province: recordable by a user not limited to a region,
 * counted nationally and in no region, and traced to the report behind it.
 */
@DisplayName("National figures: recorded without a region, counted nationally and in no region")
class NationalFiguresTest {

  private static final String CAMPAIGN = "NATIONAL-2022";
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
        {"campaignId": "%s", "name": "National figures test", "focus": "PIRACY",
         "leadDepartment": "NCAC", "participatingDepartments": ["MPS"],
         "regions": ["11", "13"],
         "period": {"startsOn": "2022-01-01", "endsOn": "2022-12-31"}}
        """
            .formatted(CAMPAIGN));
    TestPlatforms.mobilise(commands, CAMPAIGN);
  }

  private static String closures(String reportId) {
    return """
        {"reportId": "%s", "department": "NCAC", "occurredOn": "2022-12-31",
         "reportedBy": "ncac", "websites": 2884, "notes": "national total"}
        """
        .formatted(reportId);
  }

  @Test
  @DisplayName("a national department records a figure without a region; a regional user may not")
  void recorded() {
    Http.Response national =
        Http.post(
            commands + "/campaigns/" + CAMPAIGN + "/website-closures", closures("NF-1"), "ncac");
    assertThat(national.status()).as(national.body().toString()).isEqualTo(201);

    Http.Response regional =
        Http.post(
            commands + "/campaigns/" + CAMPAIGN + "/suspect-arrests",
            """
            {"reportId": "NF-2", "department": "MPS", "occurredOn": "2022-12-31",
             "reportedBy": "mps.hebei", "suspects": 3}
            """,
            "mps.hebei");
    assertThat(regional.status()).as(regional.body().toString()).isEqualTo(403);
    assertThat(regional.contentType()).startsWith("application/problem+json");
    assertThat(regional.body().path("errors").get(0).path("field").asText()).isEqualTo("region");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode year = Http.get(queries + "/statistics/2022").body();
              assertThat(year.at("/totals/websitesClosed").asLong()).isEqualTo(2884);
              assertThat(year.at("/national/websitesClosed").asLong()).isEqualTo(2884);
              year.path("byRegion")
                  .forEach(
                      region -> assertThat(region.at("/totals/websitesClosed").asLong()).isZero());
            });
    JsonNode behind =
        Http.get(queries + "/statistics/2022/reports?figure=websitesClosed&region=national").body();
    assertThat(behind.path("total").asLong()).isEqualTo(2884);
    assertThat(behind.at("/reports/0/reportId").asText()).isEqualTo("NF-1");
    JsonNode ledger =
        Http.get(queries + "/campaigns/" + CAMPAIGN + "/reports?region=national").body();
    assertThat(ledger.path("total").asLong()).isEqualTo(1);
    assertThat(ledger.at("/items/0/region").isNull()).isTrue();
  }
}
