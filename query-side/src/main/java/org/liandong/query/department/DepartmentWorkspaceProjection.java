package org.liandong.query.department;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.envelope.CampaignEnvelope;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.liandong.query.projection.ReportIncrements;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per department: the campaigns it takes part in, with its tasks and the totals of its
 * reports in each, by region and by goods category; and the same totals across its campaigns.
 */
@Component
class DepartmentWorkspaceProjection implements Projection {

  static final String COLLECTION = "department_workspaces";

  private final MongoTemplate mongo;

  DepartmentWorkspaceProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void apply(CampaignEnvelope envelope) {
    if (envelope.event() instanceof CampaignLaunched launched) {
      for (DepartmentCode department : launched.participatingDepartments()) {
        update(department, envelope, joined(launched, department));
      }
    } else if (envelope.event() instanceof TaskAssigned task) {
      update(task.department(), envelope, assigned(task));
    } else if (envelope.event() instanceof FieldReport report) {
      update(report.department(), envelope, reported(envelope.campaignId(), report));
    }
  }

  private Document joined(CampaignLaunched launched, DepartmentCode department) {
    String campaign = "campaigns." + launched.campaignId().value() + ".";
    return new Document(
        "$set",
        new Document(campaign + "name", launched.name())
            .append(campaign + "focus", launched.focus().name())
            .append(
                campaign + "role",
                launched.leadDepartment().equals(department) ? "LEAD" : "PARTICIPANT")
            .append(campaign + "startsOn", launched.period().startsOn().toString())
            .append(campaign + "endsOn", launched.period().endsOn().toString()));
  }

  private Document assigned(TaskAssigned task) {
    String path = "campaigns." + task.campaignId().value() + ".tasks." + task.taskId().value();
    return new Document(
        "$set",
        new Document(
            path,
            new Document("title", task.title())
                .append("region", task.region() == null ? null : task.region().value())
                .append("dueOn", task.dueOn().toString())));
  }

  private Document reported(String campaignId, FieldReport report) {
    String campaign = "campaigns." + campaignId + ".";
    String region = report.region().value();
    Document inc = new Document();
    for (String scope : new String[] {"", campaign}) {
      ReportIncrements.addTotals(inc, scope + "totals.", report);
      ReportIncrements.addTotals(inc, scope + "byRegion." + region + ".", report);
      ReportIncrements.addCategory(inc, scope + "byCategory.", report);
    }
    return new Document("$inc", inc);
  }

  private void update(DepartmentCode department, CampaignEnvelope envelope, Document update) {
    OncePerSequence.apply(
        collection(),
        department.value(),
        "campaigns." + envelope.campaignId() + ".lastSequence",
        envelope.sequence(),
        update);
  }

  private MongoCollection<Document> collection() {
    return mongo.getCollection(COLLECTION);
  }
}
