package org.liandong.command.publishing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the campaign topic on first use, with the configured partitions. It is not done at
 * start-up: the command side takes commands while Kafka is down, and publishes when it is back. The
 * topic keeps every event for ever, because projections are rebuilt, and new ones filled, from its
 * start.
 */
@Component
class CampaignTopic {

  private static final Logger log = LoggerFactory.getLogger(CampaignTopic.class);
  private static final Map<String, String> KEEP_FOREVER =
      Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1");

  private final PublishingProperties properties;
  private volatile boolean ready;

  CampaignTopic(PublishingProperties properties) {
    this.properties = properties;
  }

  String name() {
    return properties.topic();
  }

  void ensureExists() throws InterruptedException, ExecutionException {
    if (ready) {
      return;
    }
    // The producer's settings that concern any client (security.protocol, sasl.*) sign it in too.
    Map<String, Object> settings = new HashMap<>(properties.producer());
    settings.keySet().retainAll(AdminClientConfig.configNames());
    settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
    try (Admin admin = Admin.create(settings)) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(
                          properties.topic(),
                          properties.partitions(),
                          properties.replicationFactor())
                      .configs(KEEP_FOREVER)))
          .all()
          .get();
      log.info("created topic {} with {} partitions", properties.topic(), properties.partitions());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    ready = true;
  }
}
