package org.liandong.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), started
 * inside this JVM. Its log directory is formatted on first start and reused after, so records
 * survive a restart. Settings are sized for one small machine: one replica, few partitions for the
 * internal topics. With {@link BrokerUsers} it authenticates every client (SASL SCRAM) and
 * authorises each by ACLs, as production's brokers must.
 */
final class EmbeddedKafka implements AutoCloseable {

  private final Path logDir;
  private final String address;
  private final int port;
  private final int controllerPort;
  private final BrokerUsers users;
  private KafkaRaftServer server;

  private EmbeddedKafka(
      Path logDir, String address, int port, int controllerPort, BrokerUsers users) {
    this.logDir = logDir.toAbsolutePath();
    this.address = address;
    this.port = port;
    this.controllerPort = controllerPort;
    this.users = users;
  }

  /** A broker that takes any client, on {@code address} (loopback unless told otherwise). */
  static EmbeddedKafka start(Path logDir, String address, int port, int controllerPort) {
    EmbeddedKafka kafka = new EmbeddedKafka(logDir, address, port, controllerPort, null);
    kafka.start();
    return kafka;
  }

  /** A broker that takes only the users it is given, each as far as its ACLs allow. */
  static EmbeddedKafka startAuthenticated(
      Path logDir, String address, int port, int controllerPort, BrokerUsers users) {
    EmbeddedKafka kafka = new EmbeddedKafka(logDir, address, port, controllerPort, users);
    kafka.start();
    users.grant(kafka.bootstrapServers());
    return kafka;
  }

  /** Where clients connect: the bound address, or loopback when bound to every interface. */
  String bootstrapServers() {
    return advertisedHost() + ":" + port;
  }

  private String advertisedHost() {
    return "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
  }

  /** Starts the broker again on the same ports and log directory, after {@link #close()}. */
  synchronized void start() {
    if (server != null) {
      return;
    }
    KafkaConfig config = new KafkaConfig(properties(), false);
    formatOnFirstStart();
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
  }

  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server.awaitShutdown();
    server = null;
  }

  private Properties properties() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@" + advertisedHost() + ":" + controllerPort);
    String client = users == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
    p.put(
        "listeners",
        client + "://" + address + ":" + port + ",CONTROLLER://" + address + ":" + controllerPort);
    p.put("advertised.listeners", client + "://" + advertisedHost() + ":" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", client);
    p.put(
        "listener.security.protocol.map",
        client + ":" + client + ",CONTROLLER:" + (users == null ? "PLAINTEXT" : "SASL_PLAINTEXT"));
    if (users != null) {
      p.putAll(users.brokerSettings());
    }
    p.put("log.dirs", logDir.toString());
    p.put("auto.create.topics.enable", "false");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "2");
    // The log cleaner's map of keys is a heap buffer of this size, allocated at start and held for
    // good (Kafka's default, 128 MiB, is an eighth of the benchmark's whole heap). The only topics
    // it compacts here hold the offsets of a few dozen consumer groups, one key a group and
    // partition: 4 MiB maps some 150,000 keys in one pass (24 bytes each at a load of 0.9).
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
    return p;
  }

  private void formatOnFirstStart() {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(logDir);
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setClusterId(Uuid.randomUuid().toString())
          .setNodeId(1)
          .setDirectories(Set.of(logDir.toString()))
          .setMetadataLogDirectory(logDir.toString())
          .setControllerListenerName("CONTROLLER")
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setScramArguments(users == null ? List.of() : users.scramArguments())
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot format the Kafka log directory " + logDir, e);
    }
  }
}
