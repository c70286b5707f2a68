package org.liandong.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liandong.command.CommandSideApplication;
import org.liandong.query.QuerySideApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The whole platform in one JVM, for a laptop or a demo: the embedded MongoDB stand-in and a real
 * KRaft Kafka broker (unless real ones are configured), the command side and the query side, and
 * the demo campaigns. Any part can be left out, so that several processes make one platform: one
 * with only the stand-in and the broker, others with a command side or a query side each.
 */
public final class LocalPlatform implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
  private static final String TOPIC = "campaign-events";
  private static final String GROUP = "liandong-query-side";

  private final EmbeddedMongo mongo;
  private final EmbeddedKafka kafka;
  private final List<String> commandArguments;
  private final String mongoUri;
  private final String bootstrapServers;
  private final ConfigurableApplicationContext querySide;
  private ConfigurableApplicationContext commandSide;

  private LocalPlatform(
      EmbeddedMongo mongo,
      EmbeddedKafka kafka,
      ConfigurableApplicationContext commandSide,
      ConfigurableApplicationContext querySide,
      List<String> commandArguments,
      String mongoUri,
      String bootstrapServers) {
    this.mongoUri = mongoUri;
    this.bootstrapServers = bootstrapServers;
    this.mongo = mongo;
    this.kafka = kafka;
    this.commandSide = commandSide;
    this.querySide = querySide;
    this.commandArguments = commandArguments;
  }

  public static void main(String[] args) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
    LocalPlatformProperties properties =
        new Binder(ConfigurationPropertySources.get(environment))
            .bindOrCreate("liandong.local", LocalPlatformProperties.class);
    LocalPlatform platform = start(properties);
    // One hook stops everything in order (query side, command side, broker, MongoDB); the sides'
    // own hooks are off, or the broker could go before the publisher has stopped.
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "liandong-shutdown"));
    log.info("Liandong is up: {}", platform.describe());
  }

  public static LocalPlatform start(LocalPlatformProperties properties) {
    EmbeddedMongo mongo = null;
    EmbeddedKafka kafka = null;
    try {
      if (properties.mongoUri() == null) {
        mongo =
            EmbeddedMongo.start(
                properties.inMemory() ? null : properties.dataDir().resolve("mongo/liandong.mv"),
                properties.bindAddress(),
                properties.mongoPort());
      }
      String mongoUri = mongo != null ? mongo.uri() : properties.mongoUri();
      BrokerUsers brokerUsers =
          properties.kafkaBootstrapServers() == null && properties.kafkaAuthentication()
              ? BrokerUsers.keptIn(
                  properties.dataDir().resolve("kafka-users.properties"), TOPIC, GROUP)
              : null;
      if (properties.kafkaBootstrapServers() == null) {
        kafka = startKafka(properties, brokerUsers);
      }
      String bootstrapServers =
          kafka != null ? kafka.bootstrapServers() : properties.kafkaBootstrapServers();
      List<String> commandArguments =
          sideArguments(
              mongoUri, "liandong-events", bootstrapServers, properties.commandPort(), properties);
      commandArguments.add(
          "--liandong.tasks.overdue-check-interval=" + properties.overdueCheckInterval());
      if (brokerUsers != null) {
        commandArguments.addAll(signedIn("producer", brokerUsers.commandSideSettings()));
      }
      ConfigurableApplicationContext commandSide =
          properties.commandSide() ? startCommandSide(commandArguments) : null;
      ConfigurableApplicationContext querySide =
          properties.querySide()
              ? startQuerySide(mongoUri, bootstrapServers, properties, brokerUsers)
              : null;
      LocalPlatform platform =
          new LocalPlatform(
              mongo, kafka, commandSide, querySide, commandArguments, mongoUri, bootstrapServers);
      if (properties.demoData() && commandSide != null) {
        DemoData.load("http://localhost:" + platform.commandPort());
      }
      return platform;
    } catch (RuntimeException e) {
      if (kafka != null) {
        kafka.close();
      }
      if (mongo != null) {
        mongo.close();
      }
      throw e;
    }
  }

  /** The embedded broker, asking for sign-in when there are broker users. */
  private static EmbeddedKafka startKafka(
      LocalPlatformProperties properties, BrokerUsers brokerUsers) {
    Path directory = properties.dataDir().resolve("kafka");
    return brokerUsers != null
        ? EmbeddedKafka.startAuthenticated(
            directory,
            properties.bindAddress(),
            properties.kafkaPort(),
            properties.kafkaControllerPort(),
            brokerUsers)
        : EmbeddedKafka.start(
            directory,
            properties.bindAddress(),
            properties.kafkaPort(),
            properties.kafkaControllerPort());
  }

  /**
   * Passed as command-line arguments, the strongest source, because each side's own settings file
   * names its usual localhost servers. Both sides take the built-in users of the local platform.
   */
  private static List<String> sideArguments(
      String mongoUri,
      String database,
      String bootstrapServers,
      int port,
      LocalPlatformProperties properties) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.config.import=classpath:" + DemoUsers.CONFIG);
    if (properties.jwtPublicKeyLocation() != null) {
      arguments.add(
          "--spring.security.oauth2.resourceserver.jwt.public-key-location="
              + properties.jwtPublicKeyLocation());
    }
    arguments.add("--spring.data.mongodb.uri=" + mongoUri);
    arguments.add("--spring.data.mongodb.database=" + database);
    arguments.add("--liandong.kafka.bootstrap-servers=" + bootstrapServers);
    arguments.add("--server.port=" + port);
    arguments.add("--server.address=" + properties.bindAddress());
    arguments.add("--logging.include-application-name=false");
    return arguments;
  }

  /**
   * A side's Kafka clients signing in as its user of the authenticating broker; the topic and the
   * consumer groups named as the broker's ACLs name them.
   */
  private static List<String> signedIn(String clients, Map<String, String> settings) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--liandong.kafka.topic=" + TOPIC);
    arguments.add("--liandong.kafka.group-id=" + GROUP);
    settings.forEach(
        (name, value) -> arguments.add("--liandong.kafka." + clients + "[" + name + "]=" + value));
    return arguments;
  }

  /**
   * The query side has no Axon of its own, but here it shares the command side's classpath, where
   * Axon's auto-configuration would give it an idle command bus, event bus and update checker.
   */
  private static String axonAutoConfigurations() {
    return ImportCandidates.load(AutoConfiguration.class, LocalPlatform.class.getClassLoader())
        .getCandidates()
        .stream()
        .filter(name -> name.startsWith("org.axonframework."))
        .collect(Collectors.joining(","));
  }

  private static ConfigurableApplicationContext startQuerySide(
      String mongoUri,
      String bootstrapServers,
      LocalPlatformProperties properties,
      BrokerUsers brokerUsers) {
    List<String> arguments =
        sideArguments(
            mongoUri, "liandong-views", bootstrapServers, properties.queryPort(), properties);
    arguments.add("--spring.autoconfigure.exclude=" + axonAutoConfigurations());
    if (brokerUsers != null) {
      arguments.addAll(signedIn("consumer", brokerUsers.querySideSettings()));
    }
    return QuerySideApplication.builder()
        .registerShutdownHook(false)
        .run(arguments.toArray(String[]::new));
  }

  private static ConfigurableApplicationContext startCommandSide(List<String> arguments) {
    return CommandSideApplication.builder()
        .registerShutdownHook(false)
        .run(arguments.toArray(String[]::new));
  }

  /**
   * Stops the command side and starts it again on the same settings (and, unless its port was
   * fixed, another port), as an operator would after an upgrade.
   */
  synchronized void restartCommandSide() {
    commandSide.close();
    commandSide = startCommandSide(commandArguments);
  }

  private String describe() {
    List<String> parts = new ArrayList<>();
    if (mongo != null) {
      parts.add("MongoDB stand-in " + mongoUri);
    }
    if (kafka != null) {
      parts.add("Kafka broker " + bootstrapServers);
    }
    if (commandSide != null) {
      parts.add("command API http://localhost:" + commandPort() + "/campaigns");
    }
    if (querySide != null) {
      parts.add("query API http://localhost:" + queryPort() + "/campaigns");
    }
    return String.join(", ", parts);
  }

  /** The MongoDB the platform uses, embedded or not, without a database name. */
  public String mongoUri() {
    return mongoUri;
  }

  /** The Kafka cluster the platform uses, embedded or not. */
  public String kafkaBootstrapServers() {
    return bootstrapServers;
  }

  public int commandPort() {
    return ((WebServerApplicationContext) commandSide).getWebServer().getPort();
  }

  public int queryPort() {
    return ((WebServerApplicationContext) querySide).getWebServer().getPort();
  }

  /** The embedded broker, for tests that stop and restart it; null with a real cluster. */
  EmbeddedKafka kafka() {
    return kafka;
  }

  public synchronized ConfigurableApplicationContext commandSide() {
    return commandSide;
  }

  public ConfigurableApplicationContext querySide() {
    return querySide;
  }

  @Override
  public void close() {
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    if (kafka != null) {
      kafka.close();
    }
    if (mongo != null) {
      mongo.close();
    }
  }
}
