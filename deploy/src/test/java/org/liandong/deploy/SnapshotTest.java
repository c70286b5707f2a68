package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A campaign with many events is snapshotted (every 250 events), the snapshot reads back through
 * Jackson, and the campaign loaded from it still knows every report it recorded.
 */
@DisplayName("A campaign is snapshotted and keeps its state through the snapshot")
class SnapshotTest {

  @Test
  @DisplayName("after 260 reports the snapshot deserializes and retries are still recognised")
  void campaignSurvivesItsSnapshot() {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "SNAPSHOT-2020", "name": "Snapshot test", "focus": "RURAL_MARKETS",
         "leadDepartment": "SAMR", "participatingDepartments": ["MARA"], "regions": ["41", "42"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "SNAPSHOT-2020");
    for (int i = 1; i <= 260; i++) {
      assertThat(Http.post(commands + "/campaigns/SNAPSHOT-2020/site-raids", raid(i, 1)).status())
          .isEqualTo(201);
    }

    EventStorageEngine storage = platform.commandSide().getBean(EventStorageEngine.class);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> storage.readSnapshot("SNAPSHOT-2020").isPresent());
    DomainEventMessage<?> snapshot = storage.readSnapshot("SNAPSHOT-2020").orElseThrow();
    assertThat(snapshot.getSequenceNumber()).isGreaterThanOrEqualTo(249);
    assertThat(snapshot.getPayload().getClass().getSimpleName()).isEqualTo("Campaign");

    // Restarted, the command side has nothing cached: the campaign is loaded from its snapshot.
    platform.restartCommandSide();
    commands = "http://localhost:" + platform.commandPort();
    Http.Response retry = Http.post(commands + "/campaigns/SNAPSHOT-2020/site-raids", raid(7, 1));
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body().path("status").asText()).isEqualTo("ALREADY_RECORDED");
    assertThat(Http.post(commands + "/campaigns/SNAPSHOT-2020/site-raids", raid(7, 2)).status())
        .isEqualTo(409);
    Http.Response outOfScope =
        Http.post(
            commands + "/campaigns/SNAPSHOT-2020/site-raids",
            raid(261, 1).replace("\"41\"", "\"11\""));
    assertThat(outOfScope.status()).isEqualTo(422);
    assertThat(Http.post(commands + "/campaigns/SNAPSHOT-2020/site-raids", raid(261, 1)).status())
        .isEqualTo(201);
  }

  private static String raid(int number, int sites) {
    return """
        {"reportId": "SNAP-%d", "department": "MARA", "region": "41", "occurredOn": "2020-05-01",
         "reportedBy": "ha.agriculture", "sites": %d}
        """
        .formatted(number, sites);
  }
}
