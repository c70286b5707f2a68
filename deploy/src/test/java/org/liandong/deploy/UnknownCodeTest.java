package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * A newer command side may record a department this query side's reference data does not have yet.
 * The reader decodes the record, counts it under the department's code in every total, and names
 * the department by its code.
 */
@DisplayName("A department code newer than the reader's reference data is counted under its code")
class UnknownCodeTest {

  private static final String CAMPAIGN = "NEWCODE-2011";
  private static final String NEW_DEPARTMENT = "NEWDEPT";

  @Test
  @DisplayName("a seizure by an unknown department shows in the dashboard, statistics, workspace")
  void countedUnderItsCode() {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "NEWCODE-2011", "name": "Unknown code test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "regions": ["44"],
         "period": {"startsOn": "2011-01-01", "endsOn": "2011-12-31"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
    // On the topic before the seizure sent past the command side, which follows them.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/" + CAMPAIGN)
                    .body()
                    .path("phase")
                    .asText()
                    .equals("MOBILISATION"));
    long next =
        platform.commandSide().getBean(EventStore.class).readEvents(CAMPAIGN).asStream().count();

    TopicProducer.send(
        platform.kafkaBootstrapServers(), CAMPAIGN, seizureByNewDepartment(next).encode());

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> totals(queries + "/campaigns/" + CAMPAIGN).path("seizures").asLong() == 1);
    JsonNode dashboard = Http.get(queries + "/campaigns/" + CAMPAIGN).body();
    JsonNode byDepartment = entry(dashboard.path("byDepartment"), "department");
    assertThat(byDepartment.path("department").path("nameEn").asText()).isEqualTo(NEW_DEPARTMENT);
    assertThat(byDepartment.path("totals").path("seizures").asLong()).isEqualTo(1);
    assertThat(
            dashboard.path("byCategory").get(0).path("quantities").get(0).path("amount").asText())
        .isEqualTo("12.5");
    assertThat(dashboard.path("coverage").path("incomplete").asBoolean()).isFalse();

    // Each view is a projection of its own, with its own pace.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> totals(queries + "/statistics/2011").path("seizures").asLong() == 1);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                totals(queries + "/departments/" + NEW_DEPARTMENT).path("seizures").asLong() == 1);
    JsonNode workspace = Http.get(queries + "/departments/" + NEW_DEPARTMENT).body();
    assertThat(workspace.path("department").path("code").asText()).isEqualTo(NEW_DEPARTMENT);
    assertThat(workspace.path("department").path("nameZh").asText()).isEqualTo(NEW_DEPARTMENT);
    assertThat(workspace.path("campaigns").get(0).path("campaignId").asText()).isEqualTo(CAMPAIGN);
  }

  private static EventEnvelope seizureByNewDepartment(long sequence) {
    DepartmentCode department = new DepartmentCode(NEW_DEPARTMENT);
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        sequence,
        Instant.now(),
        EventTypes.revisionOf(GoodsSeized.class),
        new GoodsSeized(
            new CampaignId(CAMPAIGN),
            new ReportId("NC-1"),
            new ReportHeader(
                department,
                new RegionCode("44"),
                LocalDate.of(2011, 7, 2),
                "newdept.officer",
                Set.of(),
                null),
            new GoodsSeizure(
                new CategoryCode("APPAREL"),
                new Quantity(new BigDecimal("12.5"), new UnitCode("kg")),
                null),
            false),
        new Actor("newdept.officer", Role.DEPARTMENT, department, null));
  }

  private static JsonNode totals(String url) {
    return Http.get(url).body().path("totals");
  }

  /** The entry of a breakdown whose code is the new department's. */
  private static JsonNode entry(JsonNode breakdown, String field) {
    for (JsonNode entry : breakdown) {
      if (entry.path(field).path("code").asText().equals(NEW_DEPARTMENT)) {
        return entry;
      }
    }
    throw new AssertionError("no entry for " + NEW_DEPARTMENT + " in " + breakdown);
  }
}
