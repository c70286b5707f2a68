package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every refusal is problem+json naming the field and the reason, and appends nothing to the
 * campaign's history.
 */
@DisplayName("Invalid requests are refused with problem+json and change nothing")
class InvalidRequestTest {

  private static final String CAMPAIGN = "INVALID-2020";
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
        {"campaignId": "INVALID-2020", "name": "Validation test campaign", "focus": "IMPORT_EXPORT",
         "leadDepartment": "GACC", "participatingDepartments": ["MPS"], "regions": ["44", "33"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "INVALID-2020");
  }

  private static long storedEvents(String campaignId) {
    return eventStore.readEvents(campaignId).asStream().count();
  }

  private static JsonNode refused(String path, String body, int status, String type, String field) {
    long before = storedEvents(CAMPAIGN);
    Http.Response response = Http.post(commands + path, body);
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("type").asText()).isEqualTo(type);
    assertThat(response.body().path("status").asInt()).isEqualTo(status);
    assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(response.body().path("errors").get(0).path("reason").asText()).isNotBlank();
    assertThat(storedEvents(CAMPAIGN)).isEqualTo(before);
    return response.body();
  }

  private static String seizure(String department, String region, String quantity) {
    return """
        {"reportId": "SZ-1", "department": "%s", "region": "%s", "occurredOn": "2020-05-01",
         "reportedBy": "customs.officer", "category": "APPAREL", "quantity": %s}
        """
        .formatted(department, region, quantity);
  }

  @Nested
  @DisplayName("400 invalid-field")
  class InvalidField {

    @Test
    @DisplayName("an unknown department code")
    void unknownDepartment() {
      JsonNode problem =
          refused(
              "/campaigns/" + CAMPAIGN + "/goods-seizures",
              seizure("POLICE", "44", "{\"amount\": 5, \"unit\": \"kg\"}"),
              400,
              "/problems/invalid-field",
              "department");
      assertThat(problem.path("errors").get(0).path("reason").asText()).contains("POLICE");
    }

    @Test
    @DisplayName("a non-positive quantity")
    void nonPositiveQuantity() {
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          seizure("GACC", "44", "{\"amount\": 0, \"unit\": \"kg\"}"),
          400,
          "/problems/invalid-field",
          "quantity.amount");
    }

    @Test
    @DisplayName("an unknown unit")
    void unknownUnit() {
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          seizure("GACC", "44", "{\"amount\": 3, \"unit\": \"bushel\"}"),
          400,
          "/problems/invalid-field",
          "quantity.unit");
    }

    @Test
    @DisplayName("a missing field")
    void missingField() {
      refused(
          "/campaigns/" + CAMPAIGN + "/site-raids",
          """
          {"reportId": "RD-1", "department": "GACC", "region": "44", "reportedBy": "x", "sites": 1}
          """,
          400,
          "/problems/invalid-field",
          "occurredOn");
    }

    @Test
    @DisplayName("a date that is no date")
    void badDate() {
      refused(
          "/campaigns/" + CAMPAIGN + "/site-raids",
          """
          {"reportId": "RD-1", "department": "GACC", "region": "44", "occurredOn": "2020-13-45",
           "reportedBy": "x", "sites": 1}
          """,
          400,
          "/problems/invalid-field",
          "occurredOn");
    }

    @Test
    @DisplayName("a field the request does not have")
    void unknownField() {
      refused(
          "/campaigns/" + CAMPAIGN + "/site-raids",
          """
          {"reportId": "RD-1", "department": "GACC", "region": "44", "occurredOn": "2020-05-01",
           "reportedBy": "x", "sites": 1, "site": 2}
          """,
          400,
          "/problems/invalid-field",
          "site");
    }

    @Test
    @DisplayName("a field a value of the request does not have")
    void unknownNestedField() {
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          seizure("GACC", "44", "{\"amount\": 5, \"unit\": \"kg\", \"oops\": 1}"),
          400,
          "/problems/invalid-field",
          "quantity.oops");
    }

    @Test
    @DisplayName("a correction whose body names another report than its path")
    void correctionOfAnotherReport() {
      long before = storedEvents(CAMPAIGN);
      Http.Response response =
          Http.put(
              commands + "/campaigns/" + CAMPAIGN + "/site-raids/RD-1",
              """
              {"reportId": "RD-2", "department": "GACC", "region": "44",
               "occurredOn": "2020-05-01", "reportedBy": "x", "sites": 1, "reason": "recount"}
              """);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body().path("errors").get(0).path("field").asText())
          .isEqualTo("reportId");
      assertThat(storedEvents(CAMPAIGN)).isEqualTo(before);
    }

    @Test
    @DisplayName("an unknown focus when launching")
    void unknownFocus() {
      Http.Response response =
          Http.post(
              commands + "/campaigns",
              """
              {"campaignId": "BAD-FOCUS-2020", "name": "x", "focus": "EVERYTHING",
               "leadDepartment": "GACC", "regions": ["44"],
               "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
              """);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("focus");
      assertThat(storedEvents("BAD-FOCUS-2020")).isZero();
    }

    @Test
    @DisplayName("a null among the regions when launching")
    void nullRegion() {
      Http.Response response =
          Http.post(
              commands + "/campaigns",
              """
              {"campaignId": "NULL-REGION-2020", "name": "x", "focus": "PIRACY",
               "leadDepartment": "GACC", "regions": ["44", null],
               "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
              """);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("regions");
      assertThat(storedEvents("NULL-REGION-2020")).isZero();
    }
  }

  @Nested
  @DisplayName("400 malformed-request")
  class Malformed {

    @Test
    @DisplayName("a body that is not JSON")
    void malformedJson() {
      long before = storedEvents(CAMPAIGN);
      Http.Response response =
          Http.post(
              commands + "/campaigns/" + CAMPAIGN + "/site-raids", "{\"reportId\": \"RD-1\",");
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().path("type").asText()).isEqualTo("/problems/malformed-request");
      assertThat(storedEvents(CAMPAIGN)).isEqualTo(before);
    }
  }

  @Nested
  @DisplayName("422 rule-violated")
  class RuleViolated {

    @Test
    @DisplayName("a region outside the campaign's scope")
    void regionOutOfScope() {
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          seizure("GACC", "11", "{\"amount\": 5, \"unit\": \"kg\"}"),
          422,
          "/problems/rule-violated",
          "region");
    }

    @Test
    @DisplayName("a department that does not take part")
    void departmentNotParticipating() {
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          seizure("SAMR", "44", "{\"amount\": 5, \"unit\": \"kg\"}"),
          422,
          "/problems/rule-violated",
          "department");
    }
  }

  @Nested
  @DisplayName("404 and 409")
  class NotFoundAndConflict {

    @Test
    @DisplayName("a campaign that was never launched")
    void unknownCampaign() {
      Http.Response response =
          Http.post(
              commands + "/campaigns/NEVER-LAUNCHED/goods-seizures",
              seizure("GACC", "44", "{\"amount\": 5, \"unit\": \"kg\"}"));
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.body().path("type").asText()).isEqualTo("/problems/unknown-campaign");
      assertThat(response.body().path("errors").get(0).path("field").asText())
          .isEqualTo("campaignId");
      assertThat(storedEvents("NEVER-LAUNCHED")).isZero();
    }

    @Test
    @DisplayName("a report id reused for a different report")
    void reportIdReused() {
      String first =
          seizure("GACC", "33", "{\"amount\": 7, \"unit\": \"kg\"}").replace("SZ-1", "SZ-REUSED");
      assertThat(Http.post(commands + "/campaigns/" + CAMPAIGN + "/goods-seizures", first).status())
          .isEqualTo(201);
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          first.replace("\"amount\": 7", "\"amount\": 8"),
          409,
          "/problems/id-conflict",
          "reportId");
    }
  }
}
