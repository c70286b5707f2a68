package org.liandong.query.consuming;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures how far consumer groups are on the campaign topic, through Kafka's admin client. */
final class TopicMeasure implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicMeasure.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);

  private final ConsumingProperties properties;
  private final Admin admin;

  TopicMeasure(ConsumingProperties properties) {
    this.properties = properties;
    this.admin = Admin.create(adminConfig());
  }

  @Override
  public void close() {
    admin.close(ADMIN_TIMEOUT);
  }

  /**
   * The topic's offsets and every running group's committed ones; empty while the broker or the
   * topic is not there.
   */
  Optional<TopicProgress> measure(Collection<String> groups) {
    try {
      String topic = properties.topic();
      List<TopicPartition> partitions =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(partition -> new TopicPartition(topic, partition.partition()))
              .toList();
      Map<TopicPartition, Long> beginning = offsets(partitions, OffsetSpec.earliest());
      Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
      Map<String, ListConsumerGroupOffsetsSpec> specs =
          groups.stream()
              .collect(
                  Collectors.toMap(
                      Function.identity(),
                      group -> new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)));
      Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
          admin
              .listConsumerGroupOffsets(specs)
              .all()
              .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return Optional.of(new TopicProgress(beginning, end, committed));
    } catch (ExecutionException | TimeoutException e) {
      log.debug("could not measure the projections' progress: {}", e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
      throws InterruptedException, ExecutionException, TimeoutException {
    return admin
        .listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
        .all()
        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .entrySet()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
  }

  private Map<String, Object> adminConfig() {
    Map<String, Object> config = new HashMap<>(properties.consumer());
    config.keySet().retainAll(AdminClientConfig.configNames());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, properties.groupId() + ".progress");
    return config;
  }
}
