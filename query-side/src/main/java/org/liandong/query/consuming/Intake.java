package org.liandong.query.consuming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.query.projection.GuardedWrite;

/**
 * What one poll takes in, partition by partition and in order: each record with its event and
 * writes, or passed over with none (an operator parked it on the dead-letter topic).
 */
final class Intake {

  /** One record of the poll; {@code envelope} null for a record passed over. */
  record Entry(
      TopicPartition partition,
      ConsumerRecord<String, byte[]> record,
      EventEnvelope envelope,
      List<GuardedWrite> writes) {}

  private final Map<TopicPartition, List<Entry>> entries = new LinkedHashMap<>();

  void take(
      TopicPartition partition,
      ConsumerRecord<String, byte[]> record,
      EventEnvelope envelope,
      List<GuardedWrite> writes) {
    add(new Entry(partition, record, envelope, writes));
  }

  void passOver(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
    add(new Entry(partition, record, null, List.of()));
  }

  /** The events taken in, in order. */
  List<EventEnvelope> envelopes() {
    return all().stream().map(Entry::envelope).filter(Objects::nonNull).toList();
  }

  /** The entry of an event, unless a stop earlier on its partition left it out. */
  Optional<Entry> entryOf(EventEnvelope envelope) {
    return all().stream().filter(entry -> entry.envelope() == envelope).findFirst();
  }

  /** Leaves out the record and those after it on its partition: the partition stops there. */
  void stopAt(Entry stop) {
    List<Entry> partition = entries.get(stop.partition());
    partition.subList(partition.indexOf(stop), partition.size()).clear();
  }

  /** Keeps the record as passed over, without its writes. */
  void passOver(Entry entry) {
    List<Entry> partition = entries.get(entry.partition());
    partition.set(
        partition.indexOf(entry), new Entry(entry.partition(), entry.record(), null, List.of()));
  }

  boolean isEmpty() {
    return all().isEmpty();
  }

  List<GuardedWrite> writes() {
    List<GuardedWrite> writes = new ArrayList<>();
    all().forEach(entry -> writes.addAll(entry.writes()));
    return writes;
  }

  Set<String> subjects() {
    Set<String> subjects = new LinkedHashSet<>();
    envelopes().forEach(envelope -> subjects.add(envelope.subject()));
    return subjects;
  }

  /** The first record of each partition, to rewind to when the writes fail. */
  Map<TopicPartition, ConsumerRecord<String, byte[]>> firsts() {
    Map<TopicPartition, ConsumerRecord<String, byte[]>> firsts = new HashMap<>();
    entries.forEach(
        (partition, list) -> {
          if (!list.isEmpty()) {
            firsts.put(partition, list.get(0).record());
          }
        });
    return firsts;
  }

  /** The offsets to commit: after the last record of each partition. */
  Map<TopicPartition, OffsetAndMetadata> offsets() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    entries.forEach(
        (partition, list) -> {
          if (!list.isEmpty()) {
            offsets.put(
                partition, new OffsetAndMetadata(list.get(list.size() - 1).record().offset() + 1));
          }
        });
    return offsets;
  }

  private void add(Entry entry) {
    entries.computeIfAbsent(entry.partition(), p -> new ArrayList<>()).add(entry);
  }

  private List<Entry> all() {
    return entries.values().stream().flatMap(List::stream).toList();
  }
}
