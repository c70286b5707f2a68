package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case transfer names the campaign and reports it came from: each must exist and be one the
 * sender may see, else the transfer is refused (422 naming the field) and nothing is recorded. In
 * REFS-2021 SAMR leads and MPS takes part, in Guangdong (44) and Hebei (13); REFS-OTHER-2021 is
 * SAMR's alone.
 */
@DisplayName("Case transfers name only campaigns and reports their sender may see")
class CaseReferencesTest {

  private static String commands;
  private static EventStore eventStore;

  @BeforeAll
  static void campaigns() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    eventStore = platform.commandSide().getBean(EventStore.class);
    for (String campaign : new String[] {"REFS-2021", "REFS-OTHER-2021"}) {
      Http.post(
          commands + "/campaigns",
          """
          {"campaignId": "%s", "name": "References test", "focus": "ONLINE_MARKET",
           "leadDepartment": "SAMR", "participatingDepartments": [%s], "regions": ["13", "44"],
           "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
          """
              .formatted(campaign, campaign.equals("REFS-2021") ? "\"MPS\"" : ""));
      TestPlatforms.mobilise(commands, campaign);
    }
    report("R-SAMR", "SAMR", "44", "[]");
    report("R-MPS", "MPS", "44", "[]");
    report("R-JOINT", "SAMR", "44", "[\"MPS\"]");
    report("R-MPS-HEBEI", "MPS", "13", "[]");
  }

  private static void report(String id, String department, String region, String cooperating) {
    Http.Response response =
        Http.post(
            commands + "/campaigns/REFS-2021/site-raids",
            """
            {"reportId": "%s", "department": "%s", "region": "%s", "occurredOn": "2021-04-01",
             "reportedBy": "tester", "sites": 1, "cooperatingDepartments": %s}
            """
                .formatted(id, department, region, cooperating));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
  }

  private static Http.Response transfer(
      String user, String caseId, String region, String campaign, String reports) {
    return Http.post(
        commands + "/cases/" + caseId + "/transfers/T1",
        """
        {"from": "MPS", "to": "SPP", "region": "%s", "title": "Counterfeit seeds",
         "campaignId": %s, "reports": %s}
        """
            .formatted(region, campaign == null ? "null" : "\"" + campaign + "\"", reports),
        user);
  }

  @ParameterizedTest(name = "{0} naming {3} {4}: refused on {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mps       | REF-1 | 44 | NO-SUCH-2021    | []                | campaignId",
        "mps       | REF-2 | 44 | REFS-OTHER-2021 | []                | campaignId",
        "mps       | REF-3 | 44 | REFS-2021       | [\"R-NONE\"]      | reports",
        "mps       | REF-4 | 44 | REFS-2021       | [\"R-SAMR\"]      | reports",
        "mps       | REF-5 | 44 | REFS-2021       | [\"R-MPS\", \"R-SAMR\"] | reports",
        "mps.hebei | REF-6 | 13 | REFS-2021       | [\"R-MPS\"]       | reports",
      })
  @DisplayName("a campaign or report that does not exist, or that the sender cannot see")
  void refused(
      String user, String caseId, String region, String campaign, String reports, String field) {
    Http.Response response = transfer(user, caseId, region, campaign, reports);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(eventStore.readEvents(caseId).asStream().count()).isZero();
  }

  @ParameterizedTest(name = "{0} naming {3} {4}: recorded")
  @CsvSource(
      delimiter = '|',
      value = {
        "mps       | REF-OK-1 | 44 | REFS-2021 | [\"R-MPS\", \"R-JOINT\"]",
        "mps.hebei | REF-OK-2 | 13 | REFS-2021 | [\"R-MPS-HEBEI\"]",
        "mps       | REF-OK-3 | 44 | REFS-2021 | []",
      })
  @DisplayName("its own reports, the joint operations it took part in, in its region")
  void recorded(String user, String caseId, String region, String campaign, String reports) {
    Http.Response response = transfer(user, caseId, region, campaign, reports);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    assertThat(eventStore.readEvents(caseId).asStream().count()).isEqualTo(1);
  }
}
