package org.liandong.command.publishing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The events this node has just appended, once the store has confirmed them, kept for the publisher
 * so that it need not read them back one lookup at a time. Bounded: what does not fit, or what
 * another node wrote, the publisher looks up in the store instead, so the buffer saves reads and
 * never decides what is published.
 */
final class RecentAppends {

  private final int capacity;
  private final Map<String, NavigableMap<Long, DomainEventMessage<?>>> bySubject = new HashMap<>();
  private int size;

  RecentAppends(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(List<? extends DomainEventMessage<?>> events) {
    for (DomainEventMessage<?> event : events) {
      if (size >= capacity) {
        return;
      }
      NavigableMap<Long, DomainEventMessage<?>> history =
          bySubject.computeIfAbsent(event.getAggregateIdentifier(), subject -> new TreeMap<>());
      if (history.put(event.getSequenceNumber(), event) == null) {
        size++;
      }
    }
  }

  /** The event appended here under that history and sequence, or null. */
  synchronized DomainEventMessage<?> at(String subject, long sequence) {
    NavigableMap<Long, DomainEventMessage<?>> history = bySubject.get(subject);
    return history == null ? null : history.get(sequence);
  }

  /** Forgets the history's events up to {@code published}: they are on the topic. */
  synchronized void published(String subject, long published) {
    NavigableMap<Long, DomainEventMessage<?>> history = bySubject.get(subject);
    if (history == null) {
      return;
    }
    NavigableMap<Long, DomainEventMessage<?>> done = history.headMap(published, true);
    size -= done.size();
    done.clear();
    if (history.isEmpty()) {
      bySubject.remove(subject);
    }
  }

  synchronized void clear() {
    bySubject.clear();
    size = 0;
  }
}
