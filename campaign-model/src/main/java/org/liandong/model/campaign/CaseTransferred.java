package org.liandong.model.campaign;

import java.util.Set;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;

/**
 * A case was handed from one department to another; {@code stage} counts the transfers, from 1.
 * When it happened is the event's time: stage durations are read from the history.
 */
@EventRevision("1")
public record CaseTransferred(
    CaseId caseId,
    TransferId transferId,
    int stage,
    DepartmentCode from,
    DepartmentCode to,
    RegionCode region,
    String title,
    CampaignId campaignId,
    Set<ReportId> reports,
    String note)
    implements CaseEvent {

  public CaseTransferred {
    reports = reports == null ? Set.of() : Set.copyOf(reports);
  }
}
