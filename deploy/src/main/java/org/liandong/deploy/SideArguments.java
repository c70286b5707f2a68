package org.liandong.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings the launcher gives each side, passed as command-line arguments, the strongest
 * source, because each side's own settings file names its usual localhost servers. Both sides take
 * the built-in users of the local platform and the bearer tokens signed with the trusted key.
 */
final class SideArguments {

  static final String TOPIC = "campaign-events";
  static final String GROUP = "liandong-query-side";

  private SideArguments() {}

  /** Where the sides find MongoDB and Kafka, and whose tokens they trust. */
  record Wiring(String mongoUri, String bootstrapServers, String trustedKeyLocation) {}

  static List<String> commandSide(
      Wiring wiring, LocalPlatformProperties properties, BrokerUsers brokerUsers) {
    List<String> arguments =
        common(wiring, "liandong-events", properties.commandPort(), properties);
    arguments.add(AutoConfigurations.commandSide());
    arguments.add("--liandong.tasks.overdue-check-interval=" + properties.overdueCheckInterval());
    if (brokerUsers != null) {
      arguments.addAll(signedIn("producer", brokerUsers.commandSideSettings()));
    }
    return arguments;
  }

  static List<String> querySide(
      Wiring wiring, LocalPlatformProperties properties, BrokerUsers brokerUsers) {
    List<String> arguments = common(wiring, "liandong-views", properties.queryPort(), properties);
    // The query side has no Axon of its own, but here it shares the command side's classpath.
    arguments.add(AutoConfigurations.querySide());
    if (brokerUsers != null) {
      arguments.addAll(signedIn("consumer", brokerUsers.querySideSettings()));
    }
    return arguments;
  }

  private static List<String> common(
      Wiring wiring, String database, int port, LocalPlatformProperties properties) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.config.import=classpath:" + DemoUsers.CONFIG);
    arguments.add(
        "--spring.security.oauth2.resourceserver.jwt.public-key-location="
            + wiring.trustedKeyLocation());
    arguments.add("--spring.data.mongodb.uri=" + wiring.mongoUri());
    arguments.add("--spring.data.mongodb.database=" + database);
    arguments.add("--liandong.kafka.bootstrap-servers=" + wiring.bootstrapServers());
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
}
