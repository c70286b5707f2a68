package org.liandong.deploy;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB and the Kafka cluster a {@link LocalPlatform} uses, and their addresses: the embedded
 * stand-in and broker it started, or real ones configured, which it leaves alone (null here).
 */
record Backends(EmbeddedMongo mongo, EmbeddedKafka kafka, String mongoUri, String bootstrapServers)
    implements AutoCloseable {

  // The platform's start is logged under one name, whichever part starts.
  private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

  /**
   * Starts the stand-in and the broker unless real ones are configured; when the broker fails to
   * start, the stand-in is stopped again.
   *
   * @param brokerUsers the users the embedded broker asks to sign in, or null for none
   */
  static Backends start(LocalPlatformProperties properties, BrokerUsers brokerUsers) {
    EmbeddedMongo mongo =
        properties.mongoUri() != null
            ? null
            : EmbeddedMongo.start(
                properties.dataDir().resolve("mongo/liandong.mv"),
                properties.bindAddress(),
                properties.mongoPort());
    String mongoUri = mongo != null ? mongo.uri() : properties.mongoUri();
    log.info("Starting the platform: MongoDB at {}", mongoUri);
    try {
      EmbeddedKafka kafka =
          properties.kafkaBootstrapServers() == null ? startKafka(properties, brokerUsers) : null;
      String bootstrapServers =
          kafka != null ? kafka.bootstrapServers() : properties.kafkaBootstrapServers();
      log.info("Starting the platform: Kafka at {}", bootstrapServers);
      return new Backends(mongo, kafka, mongoUri, bootstrapServers);
    } catch (RuntimeException e) {
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

  /** Adds what of them runs here to a description of the platform. */
  void describe(List<String> parts) {
    if (mongo != null) {
      parts.add("MongoDB stand-in " + mongoUri);
    }
    if (kafka != null) {
      parts.add("Kafka broker " + bootstrapServers);
    }
  }

  /** Stops the broker, then the stand-in, if they were started here. */
  @Override
  public void close() {
    if (kafka != null) {
      kafka.close();
    }
    if (mongo != null) {
      mongo.close();
    }
  }
}
