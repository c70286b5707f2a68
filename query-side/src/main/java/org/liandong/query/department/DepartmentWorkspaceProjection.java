package org.liandong.query.department;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
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
 * reports in each, by region and by goods category; the same totals across its campaigns; and the
 * totals of the joint operations it took part in that other departments reported.
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
    } else if (envelope.event() instanceof DepartmentJoined joined) {
      update(joined.department(), envelope, role(envelope.campaignId(), "PARTICIPANT"));
    } else if (envelope.event() instanceof DepartmentWithdrew withdrew) {
      update(withdrew.department(), envelope, role(envelope.campaignId(), "WITHDRAWN"));
    } else if (envelope.event() instanceof TaskAssigned task) {
      update(task.department(), envelope, assigned(task));
    } else if (envelope.event() instanceof FieldReport report) {
      update(report.department(), envelope, reported(envelope.campaignId(), report));
      for (DepartmentCode cooperating : report.cooperatingDepartments()) {
        update(cooperating, envelope, cooperated(envelope.campaignId(), report));
      }
    }
  }

  private Document joined(CampaignLaunched launched, DepartmentCode department) {
    return role(
        launched.campaignId().value(),
        launched.leadDepartment().equals(department) ? "LEAD" : "PARTICIPANT");
  }

  /** What a campaign is (name, phase ...) is read from its summary; here only the role. */
  private static Document role(String campaignId, String role) {
    return new Document("$set", new Document("campaigns." + campaignId + ".role", role));
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

  /**
   * A joint operation shows in each co-operating department's workspace under {@code jointTotals},
   * apart from its own totals, so that adding up departments counts it once.
   */
  private Document cooperated(String campaignId, FieldReport report) {
    Document inc = new Document();
    ReportIncrements.addTotals(inc, "jointTotals.", report);
    ReportIncrements.addTotals(inc, "campaigns." + campaignId + ".jointTotals.", report);
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
