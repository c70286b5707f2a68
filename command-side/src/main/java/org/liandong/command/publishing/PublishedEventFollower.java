package org.liandong.command.publishing;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Something of the command side kept from the events as they are published (the task deadlines, the
 * report index): it is given each batch of events after the topic has it and before the cursors
 * move past it, so it sees every event at least once, in each history's order.
 */
public interface PublishedEventFollower {

  /** Events of one or more histories, each history's in the order of its sequence. */
  void follow(List<DomainEventMessage<?>> events);
}
