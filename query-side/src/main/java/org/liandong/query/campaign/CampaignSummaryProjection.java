package org.liandong.query.campaign;

import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.envelope.CampaignEnvelope;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.liandong.query.projection.ReportIncrements;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per campaign: what it is, and the totals of all its reports by department, region
 * and goods category.
 */
@Component
class CampaignSummaryProjection implements Projection {

  static final String COLLECTION = "campaign_summaries";

  private final MongoTemplate mongo;

  CampaignSummaryProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void apply(CampaignEnvelope envelope) {
    Document update;
    if (envelope.event() instanceof CampaignLaunched launched) {
      update = launched(launched, envelope);
    } else if (envelope.event() instanceof TaskAssigned) {
      update = new Document("$inc", new Document("tasksAssigned", 1L));
    } else if (envelope.event() instanceof FieldReport report) {
      update = reported(report);
    } else {
      return;
    }
    OncePerSequence.apply(
        mongo.getCollection(COLLECTION),
        envelope.campaignId(),
        "lastSequence",
        envelope.sequence(),
        update);
  }

  private static Document launched(CampaignLaunched launched, CampaignEnvelope envelope) {
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
            .append("launchedAt", envelope.storedAt().toString()));
  }

  private static Document reported(FieldReport report) {
    Document inc = new Document();
    ReportIncrements.addTotals(inc, "totals.", report);
    ReportIncrements.addTotals(inc, "byDepartment." + report.department().value() + ".", report);
    ReportIncrements.addTotals(inc, "byRegion." + report.region().value() + ".", report);
    ReportIncrements.addCategory(inc, "byCategory.", report);
    return new Document("$inc", inc);
  }
}
