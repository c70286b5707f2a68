package org.liandong.model.campaign;

/**
 * Every fact the platform records: a campaign's or a case's. Each belongs to one history, named by
 * its subject (the campaign's or the case's id), in which it has a sequence number.
 */
public sealed interface DomainEvent permits CampaignEvent, CaseEvent {

  /** The id of the campaign or case whose history this event is part of. */
  String subject();

  /** Where that history lives in the API: {@code /campaigns/<id>} or {@code /cases/<id>}. */
  String source();
}
