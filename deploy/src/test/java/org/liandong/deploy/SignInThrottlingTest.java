package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One sign-in policy for the platform: failures counted on one side lock the name on both. */
@DisplayName("Failed sign-ins are counted for the platform, not per side")
class SignInThrottlingTest {

  private static final List<String> LOCKED = List.of("cnipa", "cac");
  private static String commands;
  private static String queries;

  @BeforeAll
  static void platform() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
  }

  /** The names locked here are free again for the other tests on the shared platform. */
  @AfterAll
  static void unlock() {
    try (MongoClient mongo = MongoClients.create(TestPlatforms.shared().mongoUri())) {
      mongo
          .getDatabase("liandong-access")
          .getCollection("sign-in-failures")
          .deleteMany(Filters.in("user", LOCKED));
    }
  }

  @Test
  @DisplayName("ten failures on the command side lock the name on the query side too")
  void sharedLock() {
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(withPassword(commands, "cnipa", "guess-" + attempt).status()).isEqualTo(401);
    }
    Http.Response locked = withPassword(queries, "cnipa", "cnipa-demo");
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.body().path("type").asText()).isEqualTo("/problems/too-many-requests");
    assertThat(withPassword(commands, "cnipa", "cnipa-demo").status()).isEqualTo(429);
    assertThat(withPassword(queries, "mara", "mara-demo").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("failures on both sides add up")
  void failuresAddUp() {
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(withPassword(commands, "cac", "guess-" + attempt).status()).isEqualTo(401);
      assertThat(withPassword(queries, "cac", "guess-" + attempt).status()).isEqualTo(401);
    }
    assertThat(withPassword(commands, "cac", "cac-demo").status()).isEqualTo(429);
  }

  private static Http.Response withPassword(String side, String user, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Http.send(
        HttpRequest.newBuilder(URI.create(side + "/reference/units"))
            .header("Authorization", "Basic " + basic)
            .GET());
  }
}
