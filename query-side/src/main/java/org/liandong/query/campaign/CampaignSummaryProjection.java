package org.liandong.query.campaign;

import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.event.DomainEvent;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.ReportIncrements;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * One document per campaign: what it is, and the totals of all its reports by department, region
 * and goods category.
 */
@Component
public class CampaignSummaryProjection implements Projection {

  static final String NAME = "campaign_summaries";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<WriteModel<Document>> writesFor(EventEnvelope envelope) {
    Document update = updateFor(envelope);
    if (update == null) {
      return List.of();
    }
    return List.of(
        OncePerSequence.update(envelope.subject(), "lastSequence", envelope.sequence(), update));
  }

  private static Document updateFor(EventEnvelope envelope) {
    DomainEvent event = envelope.event();
    if (event instanceof CampaignLaunched launched) {
      return launched(launched, envelope);
    } else if (event instanceof PhaseAdvanced advanced) {
      return new Document("$set", new Document("phase", advanced.to().name()));
    } else if (event instanceof DepartmentJoined joined) {
      return new Document(
              "$addToSet", new Document("participatingDepartments", joined.department().value()))
          .append("$pull", new Document("withdrawnDepartments", joined.department().value()));
    } else if (event instanceof DepartmentWithdrew withdrew) {
      return new Document(
              "$addToSet", new Document("withdrawnDepartments", withdrew.department().value()))
          .append("$pull", new Document("participatingDepartments", withdrew.department().value()));
    } else if (event instanceof RegionsAdded added) {
      return new Document(
          "$addToSet",
          new Document(
              "regions",
              new Document("$each", added.regions().stream().map(RegionCode::value).toList())));
    } else if (event instanceof TargetsSet targets) {
      Document figures = new Document();
      targets.targets().forEach((indicator, value) -> figures.append(indicator.name(), value));
      return new Document(
          "$set",
          new Document("keyPoints", List.copyOf(targets.keyPoints())).append("targets", figures));
    } else if (event instanceof CampaignClosed closed) {
      return new Document(
          "$set",
          new Document("phase", Phase.CLOSED.name())
              .append("summary", closed.summary())
              .append("closedAt", envelope.storedAt().toString()));
    } else if (event instanceof TaskAssigned) {
      return new Document("$inc", new Document("tasks.assigned", 1L));
    } else if (event instanceof TaskCompleted completed) {
      return new Document(
          "$inc",
          new Document("tasks.completed", 1L)
              .append("tasks.completedOnTime", completed.onTime() ? 1L : 0L));
    } else if (event instanceof TaskCancelled) {
      return new Document("$inc", new Document("tasks.cancelled", 1L));
    } else if (event instanceof TaskOverdue) {
      return new Document("$inc", new Document("tasks.overdue", 1L));
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
        new Document("name", launched.name())
            .append("focus", launched.focus().name())
            .append("leadDepartment", launched.leadDepartment().value())
            .append(
                "participatingDepartments",
                launched.participatingDepartments().stream().map(DepartmentCode::value).toList())
            .append("regions", launched.regions().stream().map(RegionCode::value).toList())
            .append("startsOn", launched.period().startsOn().toString())
            .append("endsOn", launched.period().endsOn().toString())
            .append("keyPoints", List.copyOf(launched.keyPoints()))
            .append("phase", Phase.PLANNED.name())
            .append("withdrawnDepartments", List.of())
            .append("targets", new Document())
            .append("launchedAt", envelope.storedAt().toString()));
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
