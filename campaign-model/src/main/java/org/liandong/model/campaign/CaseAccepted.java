package org.liandong.model.campaign;

import org.liandong.model.event.EventRevision;

/** The receiving department accepted the case at the given stage. */
@EventRevision("1")
public record CaseAccepted(
    CaseId caseId, TransferId transferId, int stage, DepartmentCode department)
    implements CaseEvent {}
