package org.liandong.model.campaign;

import org.axonframework.serialization.Revision;

/** The receiving department accepted the case at the given stage. */
@Revision("1")
public record CaseAccepted(
    CaseId caseId, TransferId transferId, int stage, DepartmentCode department)
    implements CaseEvent {}
