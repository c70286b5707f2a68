package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a department user reads follows the same scope rule as what it changes: its department's
 * things (its reports and the joint operations it took part in), and, for a user limited to a
 * region, only those in that region. In READS-2021 SAMR leads, MPS and GACC take part, in Beijing
 * (11), Hebei (13) and Guangdong (44).
 */
@DisplayName("Scoped reads: a user limited to a region reads its region; joint figures open")
class ScopedReadsTest {

  private static final String CAMPAIGN = "READS-2021";

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
        {"campaignId": "READS-2021", "name": "Scoped reads test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS", "GACC"],
         "regions": ["11", "13", "44"],
         "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
    report("RD-HB", "MPS", "13", 2, "[]");
    report("RD-GD", "MPS", "44", 3, "[]");
    report("RD-JOINT", "MPS", "44", 4, "[\"GACC\"]");
    report("RD-GACC", "GACC", "13", 1, "[]");
    report("RD-JOINT-2", "SAMR", "13", 5, "[\"MPS\", \"GACC\"]");
    for (String region : new String[] {"13", "44"}) {
      Http.post(
          commands + "/campaigns/READS-2021/tasks",
          """
          {"taskId": "RT-%s", "department": "MPS", "region": "%s", "title": "Check the markets",
           "dueOn": "2021-10-01"}
          """
              .formatted(region, region));
      Http.post(
          commands + "/cases/RD-CASE-" + region + "/transfers/T1",
          """
          {"from": "SAMR", "to": "MPS", "region": "%s", "title": "Counterfeit shoes"}
          """
              .formatted(region));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                ledger("/campaigns/READS-2021/reports", "office").size() == 5
                    && campaignOf(Http.get(queries + "/departments/GACC").body())
                            .path("jointTotals")
                            .path("reports")
                            .asLong()
                        == 2
                    && campaignOf(Http.get(queries + "/departments/MPS").body())
                            .path("tasks")
                            .size()
                        == 2
                    && Http.get(queries + "/cases/RD-CASE-13").status() == 200
                    && Http.get(queries + "/cases/RD-CASE-44").status() == 200);
  }

  private static void report(
      String id, String department, String region, int sites, String cooperating) {
    Http.Response response =
        Http.post(
            commands + "/campaigns/READS-2021/site-raids",
            """
            {"reportId": "%s", "department": "%s", "region": "%s", "occurredOn": "2021-04-01",
             "reportedBy": "tester", "sites": %d, "cooperatingDepartments": %s}
            """
                .formatted(id, department, region, sites, cooperating));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
  }

  /** Every report of a ledger listing, page by page. */
  private static List<JsonNode> ledger(String path, String user) {
    List<JsonNode> reports = new ArrayList<>();
    int page = 0;
    JsonNode answer;
    String separator = path.contains("?") ? "&" : "?";
    do {
      answer = Http.get(queries + path + separator + "size=500&page=" + page++, user).body();
      answer.path("items").forEach(reports::add);
    } while (reports.size() < answer.path("total").asLong());
    return reports;
  }

  private static List<String> ids(List<JsonNode> reports) {
    return reports.stream().map(report -> report.path("reportId").asText()).toList();
  }

  /** The campaign's block of a workspace. */
  private static JsonNode campaignOf(JsonNode workspace) {
    return StreamSupport.stream(workspace.path("campaigns").spliterator(), false)
        .filter(campaign -> campaign.path("campaignId").asText().equals(CAMPAIGN))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  @Nested
  @DisplayName("mps.hebei, an MPS user limited to Hebei")
  class LimitedToHebei {

    @Test
    @DisplayName("lists MPS's reports in Hebei only, in the department's and the campaign's ledger")
    void ledgers() {
      List<JsonNode> department = ledger("/departments/MPS/reports", "mps.hebei");
      assertThat(department).isNotEmpty();
      assertThat(department).allMatch(report -> report.path("region").asText().equals("13"));
      assertThat(ids(department)).contains("RD-HB", "RD-JOINT-2").doesNotContain("RD-GD");
      assertThat(ids(ledger("/campaigns/READS-2021/reports", "mps.hebei")))
          .containsExactlyInAnyOrder("RD-HB", "RD-JOINT-2");
    }

    @Test
    @DisplayName("exports MPS's reports in Hebei only")
    void exports() throws Exception {
      HttpResponse<String> csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(queries + "/departments/MPS/reports?format=csv"))
                      .header("Authorization", DemoUsers.basic("mps.hebei"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.body()).contains("RD-HB").doesNotContain("RD-GD");
    }

    @Test
    @DisplayName("reads the cases of Hebei only")
    void cases() {
      List<String> cases = new ArrayList<>();
      Http.get(queries + "/cases", "mps.hebei")
          .body()
          .forEach(file -> cases.add(file.path("caseId").asText()));
      assertThat(cases).contains("RD-CASE-13").doesNotContain("RD-CASE-44");
      assertThat(Http.get(queries + "/cases/RD-CASE-44", "mps.hebei").status()).isEqualTo(404);
      assertThat(Http.get(queries + "/cases/RD-CASE-13", "mps.hebei").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("sees a workspace of Hebei: figures, tasks and cases")
    void workspace() {
      JsonNode workspace = Http.get(queries + "/departments/MPS", "mps.hebei").body();
      assertThat(workspace.path("byRegion"))
          .allMatch(entry -> entry.path("region").path("code").asText().equals("13"));
      JsonNode campaign = campaignOf(workspace);
      assertThat(campaign.path("totals").path("sitesRaided").asLong()).isEqualTo(2);
      assertThat(campaign.path("jointTotals").path("sitesRaided").asLong()).isEqualTo(5);
      assertThat(campaign.path("tasks"))
          .extracting(task -> task.path("taskId").asText())
          .containsExactly("RT-13");
      assertThat(workspace.path("cases"))
          .allMatch(file -> file.path("region").path("code").asText().equals("13"));
    }

    @Test
    @DisplayName("reads MPS's figures as of a moment in Hebei only")
    void asOf() {
      JsonNode asOf = Http.get(queries + "/departments/MPS/as-of", "mps.hebei").body();
      assertThat(asOf.path("byRegion"))
          .allMatch(entry -> entry.path("region").path("code").asText().equals("13"));
      JsonNode campaign =
          StreamSupport.stream(asOf.path("byCampaign").spliterator(), false)
              .filter(entry -> entry.path("campaignId").asText().equals(CAMPAIGN))
              .findFirst()
              .orElseThrow();
      assertThat(campaign.path("totals").path("sitesRaided").asLong()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "as {0}")
  @ValueSource(strings = {"gacc", "mps", "mps.hebei"})
  @DisplayName("own and joint figures of a workspace each open into the reports behind them")
  void figuresOpen(String user) {
    String department = user.startsWith("mps") ? "MPS" : "GACC";
    JsonNode campaign = campaignOf(Http.get(queries + "/departments/" + department, user).body());
    String path = "/departments/" + department + "/reports?campaign=" + CAMPAIGN;
    List<JsonNode> own = ledger(path + "&involvement=own", user);
    List<JsonNode> joint = ledger(path + "&involvement=joint", user);
    assertThat(campaign.path("totals").path("reports").asLong()).isEqualTo(own.size());
    assertThat(campaign.path("totals").path("sitesRaided").asLong()).isEqualTo(sites(own));
    assertThat(campaign.path("jointTotals").path("reports").asLong()).isEqualTo(joint.size());
    assertThat(campaign.path("jointTotals").path("sitesRaided").asLong()).isEqualTo(sites(joint));
    assertThat(joint).isNotEmpty();
    assertThat(ids(ledger(path, user))).containsAll(ids(own)).containsAll(ids(joint));
  }

  private static long sites(List<JsonNode> reports) {
    return reports.stream()
        .mapToLong(report -> report.path("figures").path("sites").asLong())
        .sum();
  }
}
