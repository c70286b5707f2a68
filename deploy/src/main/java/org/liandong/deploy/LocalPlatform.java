package org.liandong.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liandong.command.CommandSideApplication;
import org.liandong.query.QuerySideApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private final Backends backends;
  private final List<String> commandArguments;
  private final ConfigurableApplicationContext querySide;
  private ConfigurableApplicationContext commandSide;
  private WebFront webFront;

  private LocalPlatform(
      Backends backends,
      ConfigurableApplicationContext commandSide,
      ConfigurableApplicationContext querySide,
      List<String> commandArguments) {
    this.backends = backends;
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
    // One hook stops everything in order (web app, query side, command side, broker, MongoDB); the
    // sides' own hooks are off, or the broker could go before the publisher has stopped.
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "liandong-shutdown"));
    log.info("Liandong is up: {}", platform.describe());
    if (platform.webFront != null) {
      System.out.println(StartBanner.of(platform.webFront.appAddress()));
    }
  }

  /** The platform with an identity provider of its own, whose key is made for this start. */
  public static LocalPlatform start(LocalPlatformProperties properties) {
    return start(properties, new KeyPairIdentityProvider());
  }

  /**
   * The platform whose sides trust {@code keys} (unless another provider's key is configured) and
   * whose identity provider, if it runs the web app, signs with them.
   */
  public static LocalPlatform start(
      LocalPlatformProperties properties, KeyPairIdentityProvider keys) {
    BrokerUsers brokerUsers =
        properties.kafkaBootstrapServers() == null && properties.kafkaAuthentication()
            ? BrokerUsers.keptIn(
                properties.dataDir().resolve("kafka-users.properties"),
                SideArguments.TOPIC,
                SideArguments.GROUP)
            : null;
    Backends backends = Backends.start(properties, brokerUsers);
    try {
      SideArguments.Wiring wiring =
          new SideArguments.Wiring(
              backends.mongoUri(),
              backends.bootstrapServers(),
              properties.jwtPublicKeyLocation() != null
                  ? properties.jwtPublicKeyLocation()
                  : keys.publicKeyLocation());
      List<String> commandArguments = SideArguments.commandSide(wiring, properties, brokerUsers);
      log.info("Starting the platform: the command side");
      ConfigurableApplicationContext commandSide =
          properties.commandSide() ? startCommandSide(commandArguments) : null;
      log.info("Starting the platform: the query side");
      ConfigurableApplicationContext querySide =
          properties.querySide()
              ? startQuerySide(SideArguments.querySide(wiring, properties, brokerUsers))
              : null;
      LocalPlatform platform =
          new LocalPlatform(backends, commandSide, querySide, commandArguments);
      platform.loadDemoDataAndWebFront(properties, keys);
      return platform;
    } catch (RuntimeException e) {
      backends.close();
      throw e;
    }
  }

  /** The demo data, if asked for, and the web app, if asked for and both sides run here. */
  private void loadDemoDataAndWebFront(
      LocalPlatformProperties properties, KeyPairIdentityProvider keys) {
    if (properties.demoData() && commandSide != null) {
      log.info("Starting the platform: loading the demo data");
      DemoData.load("http://localhost:" + commandPort());
    }
    if (properties.web() && commandSide != null && querySide != null) {
      log.info("Starting the platform: the identity provider and the web app");
      webFront =
          WebFront.start(
              properties,
              keys,
              "http://localhost:" + commandPort(),
              "http://localhost:" + queryPort());
    }
  }

  private static ConfigurableApplicationContext startQuerySide(List<String> arguments) {
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
   * fixed, another port), as an operator would after an upgrade. A web app this platform runs keeps
   * the address it was given: tests that restart the command side use a platform without one.
   */
  synchronized void restartCommandSide() {
    commandSide.close();
    commandSide = startCommandSide(commandArguments);
  }

  private String describe() {
    List<String> parts = new ArrayList<>();
    backends.describe(parts);
    if (commandSide != null) {
      parts.add("command API http://localhost:" + commandPort() + "/campaigns");
    }
    if (querySide != null) {
      parts.add("query API http://localhost:" + queryPort() + "/campaigns");
    }
    if (webFront != null) {
      parts.add("identity provider " + webFront.identityProviderAddress());
      parts.add("web app " + webFront.appAddress());
    }
    return String.join(", ", parts);
  }

  /** The MongoDB the platform uses, embedded or not, without a database name. */
  public String mongoUri() {
    return backends.mongoUri();
  }

  /** The Kafka cluster the platform uses, embedded or not. */
  public String kafkaBootstrapServers() {
    return backends.bootstrapServers();
  }

  public int commandPort() {
    return ((WebServerApplicationContext) commandSide).getWebServer().getPort();
  }

  public int queryPort() {
    return ((WebServerApplicationContext) querySide).getWebServer().getPort();
  }

  /** The embedded broker, for tests that stop and restart it; null with a real cluster. */
  EmbeddedKafka kafka() {
    return backends.kafka();
  }

  public synchronized ConfigurableApplicationContext commandSide() {
    return commandSide;
  }

  public ConfigurableApplicationContext querySide() {
    return querySide;
  }

  /** The identity provider's and the web app's applications, if this platform runs them. */
  List<ConfigurableApplicationContext> webApplications() {
    return webFront == null ? List.of() : webFront.applications();
  }

  /** The web app's address, if this platform runs it. */
  public Optional<String> webAddress() {
    return Optional.ofNullable(webFront).map(WebFront::appAddress);
  }

  @Override
  public void close() {
    if (webFront != null) {
      webFront.close();
    }
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    backends.close();
  }
}
