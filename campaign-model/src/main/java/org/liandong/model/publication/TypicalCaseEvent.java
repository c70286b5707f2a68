package org.liandong.model.publication;

/** A fact of a typical case's history: proposed, returned, approved (published). */
public sealed interface TypicalCaseEvent extends PublicationEvent
    permits TypicalCaseProposed, TypicalCaseReturned, TypicalCaseApproved {

  TypicalCaseId typicalCaseId();

  @Override
  default String subject() {
    return typicalCaseId().value();
  }

  @Override
  default String source() {
    return "/typical-cases/" + typicalCaseId().value();
  }
}
