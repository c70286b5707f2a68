package org.liandong.model.event;

/**
 * Every fact the platform records: a campaign's, a case's or an evaluation round's. Each belongs to
 * one history, named by its subject (the campaign's, case's or round's id), in which it has a
 * sequence number. The families of events are sealed interfaces of their own packages, listed in
 * {@link org.liandong.model.envelope.EventTypes}.
 */
public interface DomainEvent {

  /** The history this event is part of. */
  History history();

  /** The id of the campaign, case or round whose history this event is part of. */
  default String subject() {
    return history().id();
  }

  /** Where that history lives in the API: {@code /campaigns/<id>}, {@code /cases/<id>} ... */
  default String source() {
    return history().source();
  }
}
