package org.liandong.command.publishing;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Something of the command side that takes in the events this node appends as soon as the store has
 * them, without waiting for the topic (the report index). It must return at once: it is called on
 * the thread of the command that appended them. What it misses, or what other nodes append, it is
 * given again as a {@link PublishedEventFollower}.
 */
public interface AppendedEventFollower {

  /** Events of one or more histories, each history's in the order of its sequence. */
  void appended(List<? extends DomainEventMessage<?>> events);
}
