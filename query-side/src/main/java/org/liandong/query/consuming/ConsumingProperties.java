package org.liandong.query.consuming;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the query side reads campaign events from.
 *
 * @param bootstrapServers the Kafka cluster
 * @param topic the campaign topic
 * @param groupId the stem of the consumer groups, one per version of each projection, whose
 *     committed offsets say how far that version is
 * @param retryBackoff how long a partition rests after a record failed before it is tried again
 * @param progressInterval how often the versions of the projections are checked: runners started or
 *     stopped, progress measured, a finished rebuild switched over
 * @param consumer further kafka-clients consumer settings, passed through as they are
 */
@ConfigurationProperties("liandong.kafka")
public record ConsumingProperties(
    @DefaultValue("localhost:9092") String bootstrapServers,
    @DefaultValue("campaign-events") String topic,
    @DefaultValue("liandong-query-side") String groupId,
    @DefaultValue("2s") Duration retryBackoff,
    @DefaultValue("1s") Duration progressInterval,
    Map<String, String> consumer) {

  public ConsumingProperties {
    consumer = consumer == null ? Map.of() : Map.copyOf(consumer);
  }
}
