package org.liandong.model.publication;

import java.time.LocalDate;
import org.liandong.model.event.EventRevision;

/** The office approved a typical case: it is published, as of the day in Beijing. */
@EventRevision("1")
public record TypicalCaseApproved(TypicalCaseId typicalCaseId, LocalDate publishedOn)
    implements TypicalCaseEvent {}
