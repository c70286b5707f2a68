package org.liandong.model.campaign;

import org.liandong.model.event.DomainEvent;
import org.liandong.model.event.History;
import org.liandong.model.id.CaseId;

/**
 * The history of a case as it moves between departments: from administrative enforcement to the
 * police, the procuratorate, the court. Each carries {@code @Revision}, as campaign events do.
 */
public sealed interface CaseEvent extends DomainEvent
    permits CaseTransferred, CaseAccepted, CaseReturned {

  CaseId caseId();

  @Override
  default History history() {
    return new History("cases", caseId().value());
  }
}
