package org.liandong.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Failed sign-ins, shared in MongoDB")
class SignInFailuresTest {

  private MongoServer server;
  private MongoClient commandSide;
  private MongoClient querySide;
  private Instant now = Instant.parse("2020-05-01T08:00:00Z");

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    String uri = server.bindAndGetConnectionString();
    commandSide = MongoClients.create(uri);
    querySide = MongoClients.create(uri);
  }

  @AfterEach
  void stop() {
    commandSide.close();
    querySide.close();
    server.shutdown();
  }

  private SignInFailures of(MongoClient client) {
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    return new SignInFailures(
        client.getDatabase("liandong-access").getCollection("sign-in-failures"), 3, clock);
  }

  @Test
  @DisplayName("failures on either side add up to one lock, for that name only")
  void shared() {
    SignInFailures commands = of(commandSide);
    SignInFailures queries = of(querySide);
    commands.failed("mps");
    queries.failed("mps");
    assertThat(commands.locked("mps")).isFalse();
    commands.failed("mps");
    assertThat(queries.locked("mps")).isTrue();
    assertThat(commands.locked("mps")).isTrue();
    assertThat(queries.locked("gacc")).isFalse();
  }

  @Test
  @DisplayName("a failure counts for a minute, across the turn of a clock minute")
  void slidingMinute() {
    SignInFailures failures = of(commandSide);
    now = Instant.parse("2020-05-01T08:00:50Z");
    failures.failed("mps");
    failures.failed("mps");
    now = now.plus(Duration.ofSeconds(20));
    failures.failed("mps");
    assertThat(failures.locked("mps")).isTrue();
    now = now.plus(Duration.ofSeconds(41));
    assertThat(failures.locked("mps")).isFalse();

    now = now.plus(Duration.ofMinutes(1));
    failures.failed("gacc");
    assertThat(
            commandSide
                .getDatabase("liandong-access")
                .getCollection("sign-in-failures")
                .countDocuments())
        .as("failures over a minute old, of any name, are deleted")
        .isEqualTo(1);
  }
}
