package org.liandong.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One stored event, found by its history and sequence: what a command handler may read of the
 * store, at the same cost whatever the store's size.
 */
public interface EventLookup {

  /** The event, upcast to its current form, or empty if none is stored there. */
  Optional<DomainEventMessage<?>> at(String subject, long sequence);

  /**
   * The events from {@code first} to {@code last}, in order, up to the first the store does not
   * show: each looked up by its key, so a store may read them all at once.
   */
  default List<DomainEventMessage<?>> between(String subject, long first, long last) {
    List<DomainEventMessage<?>> events = new ArrayList<>();
    for (long sequence = first; sequence <= last; sequence++) {
      Optional<DomainEventMessage<?>> event = at(subject, sequence);
      if (event.isEmpty()) {
        break;
      }
      events.add(event.get());
    }
    return events;
  }
}
