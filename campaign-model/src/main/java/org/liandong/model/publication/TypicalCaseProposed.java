package org.liandong.model.publication;

import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RightType;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * A department proposed a report as a typical case (again, after a return: this proposal replaces
 * the earlier one). Its texts name no suspect: the command refused any that did.
 */
@EventRevision("1")
public record TypicalCaseProposed(
    TypicalCaseId typicalCaseId,
    DepartmentCode department,
    CampaignId campaign,
    ReportId report,
    RightType right,
    Bilingual title,
    Bilingual narrative)
    implements TypicalCaseEvent {}
