package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A user limited to a region acts only on what lies in it, judged by the region the thing has now
 * (from the command side's state), not by what the request body says. In SCOPE-2021 MPS takes part
 * in Beijing (11), Hebei (13) and Shanghai (31); {@code mps.hebei} is an MPS user limited to Hebei.
 * Each refusal is a 403 naming the field, and appends no event.
 */
@DisplayName("Region scope: a user limited to a region changes nothing outside it")
class RegionScopeTest {

  private static final String CAMPAIGN = "SCOPE-2021";

  private static String commands;
  private static EventStore eventStore;

  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    eventStore = platform.commandSide().getBean(EventStore.class);
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "SCOPE-2021", "name": "Region scope test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS", "SPP"],
         "regions": ["11", "13", "31"],
         "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
    for (String region : new String[] {"11", "13"}) {
      Http.post(campaign("/site-raids"), raid("SC-" + region, region));
      for (String task : new String[] {"ACK", "NOTE", "DONE"}) {
        // Due long after today: the overdue watch would otherwise append to the campaign while a
        // test counts its events.
        Http.post(
            campaign("/tasks"),
            """
            {"taskId": "ST-%s-%s", "department": "MPS", "region": "%s", "title": "Raid",
             "dueOn": "2099-10-01"}
            """
                .formatted(task, region, region));
      }
    }
    for (String region : new String[] {"31", "13"}) {
      for (String decision : new String[] {"ACCEPT", "RETURN", "ONWARD"}) {
        Http.post(
            commands + "/cases/SC-" + decision + "-" + region + "/transfers/T1",
            """
            {"from": "SAMR", "to": "MPS", "region": "%s", "title": "Fake phones"}
            """
                .formatted(region));
      }
      Http.post(
          commands + "/cases/SC-ONWARD-" + region + "/transfers/T1/acceptance",
          "{\"department\": \"MPS\"}",
          "mps");
    }
  }

  private static String campaign(String path) {
    return commands + "/campaigns/" + CAMPAIGN + path;
  }

  private static String raid(String reportId, String region) {
    return """
        {"reportId": "%s", "department": "MPS", "region": "%s", "occurredOn": "2021-04-01",
         "reportedBy": "tester", "sites": 1}
        """
        .formatted(reportId, region);
  }

  private static String correction(String region) {
    return """
        {"department": "MPS", "region": "%s", "occurredOn": "2021-04-01",
         "reportedBy": "tester", "sites": 2, "reason": "recount"}
        """
        .formatted(region);
  }

  private static long storedEvents(String aggregateId) {
    return eventStore.readEvents(aggregateId).asStream().count();
  }

  /** Sends as mps.hebei, expecting a 403 naming the field, with no event appended. */
  private static void refused(String aggregateId, String method, String url, String body) {
    long before = storedEvents(aggregateId);
    Http.Response response =
        method.equals("PUT") ? Http.put(url, body, "mps.hebei") : Http.post(url, body, "mps.hebei");
    assertThat(response.status()).as(response.body().toString()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("errors").get(0).path("field").asText()).isNotBlank();
    assertThat(storedEvents(aggregateId)).isEqualTo(before);
  }

  /** Sends as mps.hebei, expecting it recorded. */
  private static void allowed(String method, String url, String body) {
    Http.Response response =
        method.equals("PUT") ? Http.put(url, body, "mps.hebei") : Http.post(url, body, "mps.hebei");
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
  }

  @Nested
  @DisplayName("reports")
  class Reports {

    @Test
    @DisplayName("a Beijing report is not corrected into Hebei")
    void correctForeignIntoOwn() {
      refused(CAMPAIGN, "PUT", campaign("/site-raids/SC-11"), correction("13"));
    }

    @Test
    @DisplayName("a Hebei report is not corrected into Beijing")
    void correctOwnIntoForeign() {
      refused(CAMPAIGN, "PUT", campaign("/site-raids/SC-13"), correction("11"));
    }

    @Test
    @DisplayName("a Beijing report is not retracted")
    void retractForeign() {
      refused(
          CAMPAIGN,
          "POST",
          campaign("/reports/SC-11/retraction"),
          "{\"department\": \"MPS\", \"reason\": \"entered twice\"}");
    }

    @Test
    @DisplayName("a Hebei report is corrected")
    void correctOwn() {
      allowed("PUT", campaign("/site-raids/SC-13"), correction("13"));
    }
  }

  @Nested
  @DisplayName("tasks")
  class Tasks {

    @Test
    @DisplayName("a Beijing task is not acknowledged, noted or completed; a Hebei one is")
    void foreignTasks() {
      refused(CAMPAIGN, "POST", campaign("/tasks/ST-ACK-11/acknowledgement"), mps());
      refused(CAMPAIGN, "POST", campaign("/tasks/ST-NOTE-11/progress"), note());
      refused(CAMPAIGN, "POST", campaign("/tasks/ST-DONE-11/completion"), note());
      allowed("POST", campaign("/tasks/ST-ACK-13/acknowledgement"), mps());
      allowed("POST", campaign("/tasks/ST-NOTE-13/progress"), note());
      allowed("POST", campaign("/tasks/ST-DONE-13/completion"), note());
    }

    private static String mps() {
      return "{\"department\": \"MPS\"}";
    }

    private static String note() {
      return "{\"department\": \"MPS\", \"note\": \"three markets checked\"}";
    }
  }

  @Nested
  @DisplayName("cases")
  class Cases {

    @Test
    @DisplayName("a Shanghai case is not accepted, returned or moved on; a Hebei one is")
    void foreignCases() {
      refused(
          "SC-ACCEPT-31",
          "POST",
          commands + "/cases/SC-ACCEPT-31/transfers/T1/acceptance",
          "{\"department\": \"MPS\"}");
      refused(
          "SC-RETURN-31",
          "POST",
          commands + "/cases/SC-RETURN-31/transfers/T1/return",
          "{\"department\": \"MPS\", \"reason\": \"no evidence\"}");
      refused("SC-ONWARD-31", "POST", commands + "/cases/SC-ONWARD-31/transfers/T2", onward());
      allowed(
          "POST",
          commands + "/cases/SC-ACCEPT-13/transfers/T1/acceptance",
          "{\"department\": \"MPS\"}");
      allowed(
          "POST",
          commands + "/cases/SC-RETURN-13/transfers/T1/return",
          "{\"department\": \"MPS\", \"reason\": \"no evidence\"}");
      allowed("POST", commands + "/cases/SC-ONWARD-13/transfers/T2", onward());
    }

    /** The body names Hebei; the case lies in its own region. */
    private static String onward() {
      return """
          {"from": "MPS", "to": "SPP", "region": "13", "title": "Fake phones"}
          """;
    }
  }
}
