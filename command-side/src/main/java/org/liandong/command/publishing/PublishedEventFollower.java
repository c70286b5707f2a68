package org.liandong.command.publishing;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Something of the command side kept from the events as they are published (the task deadlines): it
 * is given each event after the topic has it and before the cursor moves past it, so it sees every
 * event at least once, in each history's order.
 */
public interface PublishedEventFollower {

  void follow(DomainEventMessage<?> event);
}
