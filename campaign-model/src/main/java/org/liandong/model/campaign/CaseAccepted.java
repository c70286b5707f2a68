package org.liandong.model.campaign;

/** The receiving department accepted the case at the given stage. */
@EventRevision("1")
public record CaseAccepted(
    CaseId caseId, TransferId transferId, int stage, DepartmentCode department)
    implements CaseEvent {}
