package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.TransferId;

/** The receiving department accepted the case at the given stage. */
@EventRevision("1")
public record CaseAccepted(
    CaseId caseId, TransferId transferId, int stage, DepartmentCode department)
    implements CaseEvent {}
