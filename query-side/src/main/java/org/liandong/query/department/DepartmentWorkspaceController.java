package org.liandong.query.department;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Set;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.api.NotFoundException;
import org.liandong.query.api.Scope;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.projection.Coverages;
import org.liandong.query.projection.Names;
import org.liandong.query.projection.ProjectionVersions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DepartmentWorkspaceController {

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final CampaignSummaries summaries;
  private final CaseFiles cases;
  private final Scope scope;
  private final Coverages coverages;

  DepartmentWorkspaceController(
      MongoTemplate mongo,
      ProjectionVersions versions,
      CampaignSummaries summaries,
      CaseFiles cases,
      Scope scope,
      Coverages coverages) {
    this.scope = scope;
    this.coverages = coverages;
    this.mongo = mongo;
    this.versions = versions;
    this.summaries = summaries;
    this.cases = cases;
  }

  /**
   * A department's workspace; a known department that takes part in nothing yet has an empty one. A
   * department this reader's reference data does not have, but that events name, has its workspace
   * under its code.
   */
  @GetMapping("/departments/{code}")
  DepartmentWorkspaceView workspace(@PathVariable String code, Actor reader) {
    Document document =
        mongo.findOne(
            query(where("_id").is(code)),
            Document.class,
            versions.serving(DepartmentWorkspaceProjection.NAME));
    if (document == null && ReferenceData.instance().department(code).isEmpty()) {
      throw NotFoundException.of("department", code);
    }
    scope.requireDepartment(reader, code);
    ReferenceEntry department = Names.department(code);
    Set<String> campaignIds =
        document == null ? Set.of() : document.get("campaigns", new Document()).keySet();
    return DepartmentWorkspaceView.from(
        department,
        document,
        summaries.byIds(campaignIds),
        cases.heldOrAwaitedBy(code),
        coverages.of(DepartmentWorkspaceProjection.NAME));
  }
}
