package org.liandong.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.liandong.command.publishing.EventPublication;
import org.liandong.deploy.FreePorts;
import org.liandong.deploy.KeyPairIdentityProvider;
import org.liandong.deploy.LocalPlatform;
import org.liandong.deploy.LocalPlatformProperties;

/**
 * The platform under measurement: the local platform on its embedded defaults (or on the MongoDB
 * and Kafka given), in this JVM, and a client of its APIs signed in with bearer tokens, as
 * production clients are. Built-in users are not used: their password check would be measured.
 */
final class BenchmarkPlatform implements AutoCloseable {

  private static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

  /** No call waits longer: a hung call fails its step instead of holding the run. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private final LocalPlatform platform;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final MongoClient mongo;
  private final Teardown teardown;
  private final String officeToken;
  private final String departmentToken;
  private final Duration stepTimeout;

  private BenchmarkPlatform(
      LocalPlatform platform,
      Teardown teardown,
      KeyPairIdentityProvider identities,
      Duration stepTimeout) {
    this.platform = platform;
    this.teardown = teardown;
    this.stepTimeout = stepTimeout;
    this.mongo = MongoClients.create(platform.mongoUri());
    // Long enough for the longest endurance run.
    this.officeToken = identities.token("bench.office", Map.of("role", "OFFICE"), TOKEN_LIFETIME);
    this.departmentToken =
        identities.token(
            "bench.mps", Map.of("role", "DEPARTMENT", "department", "MPS"), TOKEN_LIFETIME);
  }

  static BenchmarkPlatform start(BenchmarkSettings settings) {
    // Measured clients write far more than a person: the per-user limit would be measured instead.
    System.setProperty("liandong.access.writes-per-minute", String.valueOf(Integer.MAX_VALUE));
    System.setProperty("liandong.kafka.progress-interval", "200ms");
    KeyPairIdentityProvider identities = new KeyPairIdentityProvider();
    Teardown teardown = new Teardown();
    LocalPlatform platform =
        teardown.start(
            dataFolder ->
                LocalPlatform.start(
                    new LocalPlatformProperties(
                        dataFolder,
                        settings.mongoUri(),
                        settings.kafkaBootstrapServers(),
                        0,
                        FreePorts.next(),
                        FreePorts.next(),
                        0,
                        0,
                        false,
                        Duration.ofMinutes(10),
                        identities.publicKeyLocation(),
                        "127.0.0.1",
                        false,
                        true,
                        true,
                        false,
                        0,
                        0)));
    return new BenchmarkPlatform(platform, teardown, identities, settings.stepTimeout());
  }

  /**
   * The local platform as a newcomer starts it: the demo data, the web app and its identity
   * provider (signing with this run's key), on free ports.
   */
  static BenchmarkPlatform startWithWebApp(BenchmarkSettings settings) {
    KeyPairIdentityProvider identities = new KeyPairIdentityProvider();
    Teardown teardown = new Teardown();
    LocalPlatform platform =
        teardown.start(
            dataFolder ->
                LocalPlatform.start(
                    new LocalPlatformProperties(
                        dataFolder,
                        null,
                        null,
                        0,
                        FreePorts.next(),
                        FreePorts.next(),
                        0,
                        0,
                        true,
                        Duration.ofMinutes(10),
                        identities.publicKeyLocation(),
                        "127.0.0.1",
                        false,
                        true,
                        true,
                        true,
                        FreePorts.next(),
                        FreePorts.next()),
                    identities));
    return new BenchmarkPlatform(platform, teardown, identities, settings.stepTimeout());
  }

  LocalPlatform platform() {
    return platform;
  }

  MongoClient mongo() {
    return mongo;
  }

  /**
   * The events in the event store, from the collection's size: counting its documents scanned all
   * of them, a tenth of the CPU of the command rounds at 100,000 events (outside their timing).
   */
  long storedEvents() {
    return mongo
        .getDatabase("liandong-events")
        .getCollection("domainevents")
        .estimatedDocumentCount();
  }

  /** The deadline of a wait that starts now: {@code --step-timeout} from now. */
  Deadline deadline(String what) {
    return Deadline.after(stepTimeout, what);
  }

  /** Waits until the publisher has published every stored event. */
  void awaitPublished() throws InterruptedException {
    EventPublication publisher = platform.commandSide().getBean(EventPublication.class);
    Deadline deadline = deadline("publishing every stored event");
    while (!publisher.caughtUp()) {
      deadline.check();
      Thread.sleep(20);
    }
  }

  /** Waits until every projection's serving version has taken in the whole topic. */
  void awaitProjections() throws InterruptedException {
    Deadline deadline = deadline("the projections taking in the whole topic");
    while (true) {
      String status = read("/projections", false).body();
      if (!status.contains("\"eventsBehind\"")
          || status.matches("(?s).*\"eventsBehind\":[1-9].*")) {
        deadline.check();
        Thread.sleep(100);
      } else {
        return;
      }
    }
  }

  /** A command as a department user (MPS); the status it was answered with. */
  int command(String path, String json) {
    return send(platform.commandPort(), "POST", path, json, departmentToken).statusCode();
  }

  /** A command as the office. */
  int officeCommand(String path, String json) {
    return send(platform.commandPort(), "POST", path, json, officeToken).statusCode();
  }

  /** A read as the office, or as the department user. */
  HttpResponse<String> read(String path, boolean asDepartment) {
    return send(
        platform.queryPort(), "GET", path, null, asDepartment ? departmentToken : officeToken);
  }

  HttpResponse<String> officeQuery(String method, String path) {
    return send(platform.queryPort(), method, path, method.equals("GET") ? null : "", officeToken);
  }

  private HttpResponse<String> send(
      int port, String method, String path, String json, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(CALL_TIMEOUT)
            .header("Authorization", "Bearer " + token);
    if (json == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    mongo.close();
    teardown.close();
  }
}
