package org.liandong.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The users of an authenticating broker and what each may do: the broker itself (the one super
 * user, which grants the others their ACLs), the command side (writes the campaign topic, and may
 * create it) and the query side (reads it, in its own consumer groups). Anyone else, and anyone
 * without credentials, is refused. Clients authenticate by SASL SCRAM-SHA-512; the controller
 * listener takes SASL PLAIN, as KRaft keeps SCRAM credentials in the metadata its controller
 * serves.
 */
record BrokerUsers(
    String topic,
    String groupPrefix,
    String brokerPassword,
    String commandSidePassword,
    String querySidePassword) {

  static final String BROKER = "liandong-broker";
  static final String COMMAND_SIDE = "liandong-command-side";
  static final String QUERY_SIDE = "liandong-query-side";
  static final String MECHANISM = "SCRAM-SHA-512";

  /**
   * The users of the local platform's broker, their passwords made on first start and kept in the
   * file (readable by its owner only) for the starts after, as the broker keeps their credentials.
   */
  static BrokerUsers keptIn(Path file, String topic, String groupPrefix) {
    Properties passwords = new Properties();
    try {
      if (Files.exists(file)) {
        try (var in = Files.newInputStream(file)) {
          passwords.load(in);
        }
      } else {
        for (String user : List.of(BROKER, COMMAND_SIDE, QUERY_SIDE)) {
          passwords.setProperty(user, newPassword());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file);
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
        try (var out = Files.newOutputStream(file)) {
          passwords.store(out, "SCRAM passwords of the embedded broker's users");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BrokerUsers(
        topic,
        groupPrefix,
        passwords.getProperty(BROKER),
        passwords.getProperty(COMMAND_SIDE),
        passwords.getProperty(QUERY_SIDE));
  }

  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The settings a client signs in to the broker with, for any kafka-clients client. */
  static Map<String, String> clientSettings(String user, String password) {
    return Map.of(
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        "SASL_PLAINTEXT",
        SaslConfigs.SASL_MECHANISM,
        MECHANISM,
        SaslConfigs.SASL_JAAS_CONFIG,
        jaas("scram.ScramLoginModule", user, password, ""));
  }

  Map<String, String> commandSideSettings() {
    return clientSettings(COMMAND_SIDE, commandSidePassword);
  }

  Map<String, String> querySideSettings() {
    return clientSettings(QUERY_SIDE, querySidePassword);
  }

  Map<String, String> brokerSettings() {
    return Map.of(
        "sasl.enabled.mechanisms",
        MECHANISM,
        "sasl.mechanism.inter.broker.protocol",
        MECHANISM,
        "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
        jaas("scram.ScramLoginModule", BROKER, brokerPassword, ""),
        "sasl.mechanism.controller.protocol",
        "PLAIN",
        "listener.name.controller.sasl.enabled.mechanisms",
        "PLAIN",
        "listener.name.controller.plain.sasl.jaas.config",
        jaas(
            "plain.PlainLoginModule",
            BROKER,
            brokerPassword,
            " user_" + BROKER + "=\"" + brokerPassword + "\""),
        "authorizer.class.name",
        "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "super.users",
        "User:" + BROKER,
        "allow.everyone.if.no.acl.found",
        "false");
  }

  /** The SCRAM credentials written into the metadata when the log directory is formatted. */
  List<String> scramArguments() {
    return List.of(
        scram(BROKER, brokerPassword),
        scram(COMMAND_SIDE, commandSidePassword),
        scram(QUERY_SIDE, querySidePassword));
  }

  /** Grants the sides their ACLs, signed in as the broker. */
  void grant(String bootstrapServers) {
    Map<String, Object> settings = new HashMap<>(clientSettings(BROKER, brokerPassword));
    settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    ResourcePattern campaignTopic =
        new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
    ResourcePattern deadLetters =
        new ResourcePattern(ResourceType.TOPIC, topic + ".dlt", PatternType.LITERAL);
    ResourcePattern groups =
        new ResourcePattern(ResourceType.GROUP, groupPrefix, PatternType.PREFIXED);
    try (Admin admin = Admin.create(settings)) {
      admin
          .createAcls(
              List.of(
                  allow(campaignTopic, COMMAND_SIDE, AclOperation.WRITE),
                  allow(campaignTopic, COMMAND_SIDE, AclOperation.CREATE),
                  allow(campaignTopic, COMMAND_SIDE, AclOperation.DESCRIBE),
                  allow(campaignTopic, QUERY_SIDE, AclOperation.READ),
                  allow(campaignTopic, QUERY_SIDE, AclOperation.DESCRIBE),
                  allow(deadLetters, QUERY_SIDE, AclOperation.WRITE),
                  allow(deadLetters, QUERY_SIDE, AclOperation.CREATE),
                  allow(deadLetters, QUERY_SIDE, AclOperation.DESCRIBE),
                  allow(groups, QUERY_SIDE, AclOperation.READ),
                  allow(groups, QUERY_SIDE, AclOperation.DESCRIBE)))
          .all()
          .get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot grant the platform's ACLs", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static AclBinding allow(ResourcePattern resource, String user, AclOperation operation) {
    return new AclBinding(
        resource, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
  }

  private static String scram(String user, String password) {
    return MECHANISM + "=[name=" + user + ",password=" + password + "]";
  }

  private static String jaas(String module, String user, String password, String more) {
    return "org.apache.kafka.common.security."
        + module
        + " required username=\""
        + user
        + "\" password=\""
        + password
        + "\""
        + more
        + ";";
  }
}
