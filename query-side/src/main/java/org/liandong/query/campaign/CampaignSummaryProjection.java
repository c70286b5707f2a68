package org.liandong.query.campaign;

import static org.liandong.query.campaign.CampaignSummaryDocument.CLOSED_AT;
import static org.liandong.query.campaign.CampaignSummaryDocument.ENDS_ON;
import static org.liandong.query.campaign.CampaignSummaryDocument.FOCUS;
import static org.liandong.query.campaign.CampaignSummaryDocument.KEY_POINTS;
import static org.liandong.query.campaign.CampaignSummaryDocument.LAUNCHED_AT;
import static org.liandong.query.campaign.CampaignSummaryDocument.LEAD_DEPARTMENT;
import static org.liandong.query.campaign.CampaignSummaryDocument.PARTICIPATING_DEPARTMENTS;
import static org.liandong.query.campaign.CampaignSummaryDocument.PHASE;
import static org.liandong.query.campaign.CampaignSummaryDocument.REGIONS;
import static org.liandong.query.campaign.CampaignSummaryDocument.STARTS_ON;
import static org.liandong.query.campaign.CampaignSummaryDocument.SUMMARY;
import static org.liandong.query.campaign.CampaignSummaryDocument.TARGETS;
import static org.liandong.query.campaign.CampaignSummaryDocument.WITHDRAWN_DEPARTMENTS;

import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.event.DomainEvent;
import org.liandong.query.campaign.CampaignSummaryDocument.Tasks;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.ReportIncrements;
import org.liandong.query.figures.Targets;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per campaign ({@link CampaignSummaryDocument}): what it is, and the totals of all
 * its reports by department, region and goods category.
 */
@Component
public class CampaignSummaryProjection implements Projection {

  static final String NAME = "campaign_summaries";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    Document update = updateFor(envelope);
    if (update == null) {
      return List.of();
    }
    return List.of(OncePerSequence.ofSubject(envelope, update));
  }

  private static Document updateFor(EventEnvelope envelope) {
    DomainEvent event = envelope.event();
    if (event instanceof CampaignLaunched launched) {
      return launched(launched, envelope);
    } else if (event instanceof PhaseAdvanced advanced) {
      return new Document("$set", new Document(PHASE, advanced.to().name()));
    } else if (event instanceof DepartmentJoined joined) {
      return new Document(
              "$addToSet", new Document(PARTICIPATING_DEPARTMENTS, joined.department().value()))
          .append("$pull", new Document(WITHDRAWN_DEPARTMENTS, joined.department().value()));
    } else if (event instanceof DepartmentWithdrew withdrew) {
      return new Document(
              "$addToSet", new Document(WITHDRAWN_DEPARTMENTS, withdrew.department().value()))
          .append("$pull", new Document(PARTICIPATING_DEPARTMENTS, withdrew.department().value()));
    } else if (event instanceof RegionsAdded added) {
      return new Document(
          "$addToSet",
          new Document(
              REGIONS,
              new Document("$each", added.regions().stream().map(RegionCode::value).toList())));
    } else if (event instanceof TargetsSet targets) {
      return new Document(
          "$set",
          new Document(KEY_POINTS, List.copyOf(targets.keyPoints()))
              .append(TARGETS, Targets.stored(targets.targets())));
    } else if (event instanceof CampaignClosed closed) {
      return new Document(
          "$set",
          new Document(PHASE, Phase.CLOSED.name())
              .append(SUMMARY, closed.summary())
              .append(CLOSED_AT, envelope.storedAt().toString()));
    } else if (event instanceof TaskAssigned) {
      return new Document("$inc", new Document(Tasks.ASSIGNED, 1L));
    } else if (event instanceof TaskCompleted completed) {
      return new Document(
          "$inc",
          new Document(Tasks.COMPLETED, 1L)
              .append(Tasks.COMPLETED_ON_TIME, completed.onTime() ? 1L : 0L));
    } else if (event instanceof TaskCancelled) {
      return new Document("$inc", new Document(Tasks.CANCELLED, 1L));
    } else if (event instanceof TaskOverdue) {
      return new Document("$inc", new Document(Tasks.OVERDUE, 1L));
    } else if (event instanceof FieldReport report) {
      return counted(report, null);
    } else if (event instanceof ReportCorrected correction) {
      return counted(correction.corrected(), correction.previous());
    } else if (event instanceof ReportRetracted retraction) {
      return counted(null, retraction.previous());
    }
    return null;
  }

  private static Document launched(CampaignLaunched launched, EventEnvelope envelope) {
    return new Document(
        "$set",
        new Document(CampaignSummaryDocument.NAME, launched.name())
            .append(FOCUS, launched.focus().name())
            .append(LEAD_DEPARTMENT, launched.leadDepartment().value())
            .append(
                PARTICIPATING_DEPARTMENTS,
                launched.participatingDepartments().stream().map(DepartmentCode::value).toList())
            .append(REGIONS, launched.regions().stream().map(RegionCode::value).toList())
            .append(STARTS_ON, launched.period().startsOn().toString())
            .append(ENDS_ON, launched.period().endsOn().toString())
            .append(KEY_POINTS, List.copyOf(launched.keyPoints()))
            .append(PHASE, Phase.PLANNED.name())
            .append(WITHDRAWN_DEPARTMENTS, List.of())
            .append(TARGETS, new Document())
            .append(LAUNCHED_AT, envelope.storedAt().toString()));
  }

  /** Counts {@code report} in and {@code replaced} out; either may be null. */
  private static Document counted(FieldReport report, FieldReport replaced) {
    Increments inc = new Increments();
    if (report != null) {
      ReportIncrements.addBreakdown(inc, report, 1);
    }
    if (replaced != null) {
      ReportIncrements.addBreakdown(inc, replaced, -1);
    }
    return inc.toUpdate();
  }
}
