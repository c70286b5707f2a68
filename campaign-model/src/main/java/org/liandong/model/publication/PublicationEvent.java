package org.liandong.model.publication;

import org.liandong.model.event.DomainEvent;

/** Every fact of what the office publishes: a release's history, or a typical case's. */
public sealed interface PublicationEvent extends DomainEvent
    permits ReleaseEvent, TypicalCaseEvent {}
