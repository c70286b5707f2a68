package org.liandong.query.consuming;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where the topic begins and ends, partition by partition, and how far each consumer group has
 * committed, all read at one moment.
 */
record TopicProgress(
    Map<TopicPartition, Long> beginning,
    Map<TopicPartition, Long> end,
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed) {

  /** Events a group has taken in, and events on the topic; a group without offsets has none. */
  Counts of(String group) {
    Map<TopicPartition, OffsetAndMetadata> offsets = committed.getOrDefault(group, Map.of());
    long done = 0;
    long total = 0;
    for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
      long first = beginning.getOrDefault(partition.getKey(), 0L);
      OffsetAndMetadata position = offsets.get(partition.getKey());
      // Below the beginning when the broker has deleted old records the group never read.
      done += position == null ? 0 : Math.max(position.offset() - first, 0);
      total += partition.getValue() - first;
    }
    return new Counts(done, total);
  }

  record Counts(long done, long total) {}
}
