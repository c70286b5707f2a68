package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform on an authenticating broker: both sides' Kafka clients (the publisher, the
 * admin client that creates the topic, the projections' consumers and their progress) sign in with
 * their settings and work within their ACLs, while a client without credentials is refused.
 */
@DisplayName("The platform works on a broker that authenticates it")
class AuthenticatedBrokerPlatformTest {

  @TempDir static Path data;

  private static LocalPlatform platform;

  @BeforeAll
  static void start() {
    platform =
        LocalPlatform.start(
            new LocalPlatformProperties(
                data,
                null,
                null,
                0,
                FreePorts.next(),
                FreePorts.next(),
                0,
                0,
                false,
                Duration.ofMinutes(10),
                null,
                "127.0.0.1",
                true,
                true,
                true,
                false,
                0,
                0));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  @DisplayName(
      "a launched campaign reaches the query side; a client without credentials is refused")
  void endToEnd() {
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.Response launched =
        Http.post(
            commands + "/campaigns",
            """
            {"campaignId": "SASL-2020", "name": "Authenticated broker", "focus": "PIRACY",
             "leadDepartment": "NCAC", "regions": ["11"],
             "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
            """);
    assertThat(launched.status()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Http.get(queries + "/campaigns/SASL-2020").status(), status -> status == 200);

    try (Admin anonymous =
        Admin.create(
            Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000))) {
      assertThatThrownBy(() -> anonymous.listTopics().names().get(20, TimeUnit.SECONDS))
          .isNotNull();
    }
  }
}
