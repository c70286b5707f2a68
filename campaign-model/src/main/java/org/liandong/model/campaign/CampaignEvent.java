package org.liandong.model.campaign;

import org.liandong.model.event.DomainEvent;
import org.liandong.model.event.History;
import org.liandong.model.id.CampaignId;

/**
 * Every fact in a campaign's history. Each event carries {@code @Revision}; an event changes only
 * by adding fields in a new revision, with an upcaster for the stored older form.
 */
public sealed interface CampaignEvent extends DomainEvent
    permits CampaignLaunched,
        PhaseAdvanced,
        DepartmentJoined,
        DepartmentWithdrew,
        RegionsAdded,
        TargetsSet,
        CampaignClosed,
        TaskAssigned,
        TaskAcknowledged,
        TaskProgressNoted,
        TaskCompleted,
        TaskReassigned,
        TaskCancelled,
        TaskOverdue,
        FieldReport,
        ReportCorrected,
        ReportRetracted {

  CampaignId campaignId();

  @Override
  default History history() {
    return new History("campaigns", campaignId().value());
  }
}
