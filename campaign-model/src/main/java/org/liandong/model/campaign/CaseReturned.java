package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** The receiving department returned the case to the sender, which holds it again. */
@Revision("1")
public record CaseReturned(
    CaseId caseId, TransferId transferId, int stage, DepartmentCode department, String reason)
    implements CaseEvent {}
