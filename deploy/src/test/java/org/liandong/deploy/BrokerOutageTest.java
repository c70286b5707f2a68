package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Commands do not need Kafka: an event stored while the broker is down waits in the event store,
 * under the publisher's token, and is published and projected when the broker is back.
 */
@DisplayName("An event stored while the broker is stopped reaches the projections after it is back")
class BrokerOutageTest {

  @Test
  @DisplayName("a report accepted during a broker outage is projected after the broker restarts")
  void publishedAfterOutage() {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "OUTAGE-2020", "name": "Broker outage test", "focus": "AGRICULTURAL_MATERIALS",
         "leadDepartment": "MARA", "participatingDepartments": ["SAMR"], "regions": ["41"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "OUTAGE-2020");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Http.get(queries + "/campaigns/OUTAGE-2020").status() == 200);

    platform.kafka().close();
    try {
      Http.Response accepted =
          Http.post(
              commands + "/campaigns/OUTAGE-2020/goods-seizures",
              """
              {"reportId": "OUT-1", "department": "SAMR", "region": "41", "occurredOn": "2020-04-10",
               "reportedBy": "ha.amr", "category": "SEEDS", "quantity": {"amount": 1.5, "unit": "tonne"},
               "estimatedValue": 30000}
              """);
      assertThat(accepted.status()).isEqualTo(201);
      assertThat(
              Http.get(queries + "/campaigns/OUTAGE-2020")
                  .body()
                  .path("totals")
                  .path("seizures")
                  .asLong())
          .isZero();
    } finally {
      platform.kafka().start();
    }

    await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/campaigns/OUTAGE-2020")
                            .body()
                            .path("totals")
                            .path("seizures")
                            .asLong())
                    .isEqualTo(1));
    // The department workspace is a projection of its own, with its own pace.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/departments/SAMR")
                            .body()
                            .path("byCategory")
                            .findValues("quantities")
                            .toString())
                    .contains("1.5"));
  }
}
