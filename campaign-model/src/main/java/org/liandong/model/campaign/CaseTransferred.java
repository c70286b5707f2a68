package org.liandong.model.campaign;

import java.util.Set;
import org.liandong.model.event.EventRevision;

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
