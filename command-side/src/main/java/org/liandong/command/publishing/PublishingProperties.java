package org.liandong.command.publishing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where stored events are published.
 *
 * @param bootstrapServers the Kafka cluster
 * @param topic the topic that carries every campaign event, keyed by campaign id
 * @param partitions partitions of the topic when the publisher has to create it
 * @param replicationFactor replicas of the topic when the publisher has to create it
 * @param producer further kafka-clients producer settings, passed through as they are
 */
@ConfigurationProperties("liandong.kafka")
public record PublishingProperties(
    @DefaultValue("localhost:9092") String bootstrapServers,
    @DefaultValue("campaign-events") String topic,
    @DefaultValue("6") int partitions,
    @DefaultValue("1") short replicationFactor,
    Map<String, String> producer) {

  public PublishingProperties {
    producer = producer == null ? Map.of() : Map.copyOf(producer);
  }
}
