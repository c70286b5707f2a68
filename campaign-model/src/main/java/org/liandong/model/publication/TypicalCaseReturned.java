package org.liandong.model.publication;

import org.liandong.model.event.EventRevision;

/** The office returned a proposed typical case to its department, with a reason. */
@EventRevision("1")
public record TypicalCaseReturned(TypicalCaseId typicalCaseId, String reason)
    implements TypicalCaseEvent {}
