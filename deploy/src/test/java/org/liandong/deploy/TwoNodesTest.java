package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two command-side and two query-side processes on one stand-in and one broker, each a process of
 * its own. Clients report into the same campaigns through both command nodes; the node that
 * publishes is killed in the middle of it.
 */
@DisplayName("two command nodes and two query nodes, one killed mid-run")
class TwoNodesTest {

  private static final int CLIENTS = 16;
  private static final int REPORTS_PER_CLIENT = 12;
  private static final List<String> CAMPAIGNS =
      List.of("NODES-A-2020", "NODES-B-2020", "NODES-C-2020", "NODES-D-2020");

  @Test
  @DisplayName("no client sees a conflict or an error; every report stored and counted once")
  void reportsThroughTwoNodes(@TempDir Path data) throws Exception {
    PlatformProcess.Ports infra = PlatformProcess.Ports.free();
    List<PlatformProcess> processes = new ArrayList<>();
    try {
      PlatformProcess infrastructure =
          PlatformProcess.launch(
              data.resolve("infrastructure.log"),
              List.of(),
              List.of(
                  "--liandong.local.data-dir=" + data,
                  "--liandong.local.mongo-port=" + infra.mongo(),
                  "--liandong.local.kafka-port=" + infra.kafka(),
                  "--liandong.local.kafka-controller-port=" + infra.kafkaController(),
                  "--liandong.local.command-side=false",
                  "--liandong.local.query-side=false"));
      processes.add(infrastructure);
      infrastructure.awaitUp();
      List<Integer> commandPorts = List.of(FreePorts.next(), FreePorts.next());
      List<Integer> queryPorts = List.of(FreePorts.next(), FreePorts.next());
      List<PlatformProcess> commandNodes = new ArrayList<>();
      for (int port : commandPorts) {
        commandNodes.add(node(data, infra, "command", port));
      }
      commandNodes.get(0).awaitUp();
      commandNodes.get(1).awaitUp();
      processes.addAll(commandNodes);
      for (int port : queryPorts) {
        PlatformProcess queryNode = node(data, infra, "query", port);
        processes.add(queryNode);
        queryNode.awaitUp();
      }
      String first = "http://localhost:" + commandPorts.get(0);
      for (String campaign : CAMPAIGNS) {
        launch(first, campaign);
      }

      List<Integer> answers = new CopyOnWriteArrayList<>();
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      AtomicInteger sent = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int client = 0; client < CLIENTS; client++) {
        int c = client;
        clients.submit(
            () -> {
              for (int n = 0; n < REPORTS_PER_CLIENT; n++) {
                String campaign = CAMPAIGNS.get(c % CAMPAIGNS.size());
                String reportId = "N-%d-%d".formatted(c, n);
                String body =
                    """
                    {"reportId": "%s", "department": "MPS", "region": "11",
                     "occurredOn": "2020-06-01", "reportedBy": "node-client", "suspects": 1}
                    """
                        .formatted(reportId);
                Http.Response answer = sendToEither(commandPorts, n + c, campaign, body);
                answers.add(answer.status());
                if (answer.status() == 201 || answer.status() == 200) {
                  acknowledged.add(campaign + "/" + reportId);
                }
                sent.incrementAndGet();
              }
              return null;
            });
      }
      await()
          .atMost(Duration.ofMinutes(2))
          .until(() -> sent.get() >= CLIENTS * REPORTS_PER_CLIENT / 3);
      PlatformProcess publisher = publisherOf(infra.mongoUri(), commandNodes);
      publisher.kill();
      clients.shutdown();
      assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

      assertThat(answers).as("answers to the clients").allMatch(s -> s == 201 || s == 200);
      assertThat(acknowledged).hasSize(CLIENTS * REPORTS_PER_CLIENT);
      for (String campaign : CAMPAIGNS) {
        long reports = CLIENTS / CAMPAIGNS.size() * REPORTS_PER_CLIENT;
        for (int port : queryPorts) {
          String queries = "http://localhost:" + port;
          await().atMost(Duration.ofMinutes(2)).until(() -> suspects(queries, campaign) >= reports);
          assertThat(suspects(queries, campaign)).as(campaign).isEqualTo(reports);
          assertThat(
                  Http.get(queries + "/campaigns/" + campaign)
                      .body()
                      .path("totals")
                      .path("reports")
                      .asLong())
              .as(campaign)
              .isEqualTo(reports);
        }
      }
      assertThat(publisherOf(infra.mongoUri(), commandNodes)).isNotSameAs(publisher);
    } finally {
      processes.forEach(PlatformProcess::kill);
    }
  }

  private static PlatformProcess node(
      Path data, PlatformProcess.Ports infra, String side, int port) {
    boolean command = side.equals("command");
    return PlatformProcess.launch(
        data.resolve(side + "-" + port + ".log"),
        List.of("-Dliandong.publication.lease=3s"),
        List.of(
            "--liandong.local.mongo-uri=" + infra.mongoUri(),
            "--liandong.local.kafka-bootstrap-servers=" + infra.kafkaBootstrapServers(),
            "--liandong.local.command-side=" + command,
            "--liandong.local.query-side=" + !command,
            "--liandong.local." + side + "-port=" + port,
            "--liandong.local.demo-data=false"));
  }

  private static void launch(String commands, String campaign) {
    Http.Response launched =
        Http.post(
            commands + "/campaigns",
            """
            {"campaignId": "%s", "name": "Two nodes", "focus": "ONLINE_MARKET",
             "leadDepartment": "MPS", "participatingDepartments": ["SAMR"],
             "regions": ["11"], "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
            """
                .formatted(campaign));
    assertThat(launched.status()).isEqualTo(201);
    TestPlatforms.mobilise(commands, campaign);
  }

  /**
   * Sends to one node, and to the other when the first cannot be reached, as a client behind a load
   * balancer would; the report id makes the second sending harmless.
   */
  private static Http.Response sendToEither(
      List<Integer> ports, int turn, String campaign, String body) {
    for (int attempt = 0; ; attempt++) {
      int port = ports.get((turn + attempt) % ports.size());
      try {
        return Http.post(
            "http://localhost:" + port + "/campaigns/" + campaign + "/suspect-arrests", body);
      } catch (IllegalStateException unreachable) {
        if (attempt > 10) {
          throw unreachable;
        }
      }
    }
  }

  private static long suspects(String queries, String campaign) {
    return Http.get(queries + "/campaigns/" + campaign)
        .body()
        .path("totals")
        .path("suspectsArrested")
        .asLong();
  }

  /** The command node holding the publisher's lease, by the process id in its name. */
  private static PlatformProcess publisherOf(String mongoUri, List<PlatformProcess> nodes) {
    try (MongoClient client = MongoClients.create(mongoUri)) {
      Document lease =
          client
              .getDatabase("liandong-events")
              .getCollection("publication_lease")
              .find(new Document("_id", "publisher"))
              .first();
      assertThat(lease).isNotNull();
      long pid = Long.parseLong(lease.getString("node").split("@")[0]);
      return nodes.stream()
          .filter(node -> node.pid() == pid)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no node holds the lease: " + lease.toJson()));
    }
  }
}
