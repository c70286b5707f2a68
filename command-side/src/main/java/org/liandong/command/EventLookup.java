package org.liandong.command;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One stored event, found by its history and sequence: what a command handler may read of the
 * store, at the same cost whatever the store's size.
 */
public interface EventLookup {

  /** The event, upcast to its current form, or empty if none is stored there. */
  Optional<DomainEventMessage<?>> at(String subject, long sequence);
}
