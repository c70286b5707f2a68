package org.liandong.model.campaign;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.TransferId;

/** The receiving department returned the case to the sender, which holds it again. */
@EventRevision("1")
public record CaseReturned(
    CaseId caseId, TransferId transferId, int stage, DepartmentCode department, String reason)
    implements CaseEvent {}
