package org.liandong.model.publication;

import org.liandong.model.event.History;

/** A fact of a typical case's history: proposed, returned, approved (published). */
public sealed interface TypicalCaseEvent extends PublicationEvent
    permits TypicalCaseProposed, TypicalCaseReturned, TypicalCaseApproved {

  TypicalCaseId typicalCaseId();

  @Override
  default History history() {
    return new History("typical-cases", typicalCaseId().value());
  }
}
