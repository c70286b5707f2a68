package org.liandong.query.reports;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.liandong.model.reference.ReferenceData;
import org.liandong.query.api.NotFoundException;
import org.liandong.query.projection.ProjectionVersions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports behind the figures: a campaign's, or a department's, filtered like the breakdowns of
 * the views (by department, region, kind, category, dates), newest first, a page at a time.
 */
@RestController
class ReportLedgerController {

  /** One page of reports and how many match in all. */
  record ReportPage(int page, int size, long total, List<Document> items) {}

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;

  ReportLedgerController(MongoTemplate mongo, ProjectionVersions versions) {
    this.mongo = mongo;
    this.versions = versions;
  }

  @GetMapping("/campaigns/{campaignId}/reports")
  ReportPage campaignReports(
      @PathVariable String campaignId,
      @RequestParam(required = false) String department,
      @ParameterObject ReportFilter filter) {
    return page(ofCampaign(campaignId, department, filter), filter);
  }

  /** Every matching report, one row each, as a spreadsheet; paging does not apply. */
  @GetMapping(path = "/campaigns/{campaignId}/reports", params = "format")
  ReportRows campaignReportsDownload(
      @PathVariable String campaignId,
      @RequestParam(required = false) String department,
      @ParameterObject ReportFilter filter) {
    return new ReportRows(
        campaignId + "-reports", find(new Query(ofCampaign(campaignId, department, filter))));
  }

  @GetMapping("/departments/{code}/reports")
  ReportPage departmentReports(
      @PathVariable String code,
      @RequestParam(required = false) String campaign,
      @ParameterObject ReportFilter filter) {
    return page(ofDepartment(code, campaign, filter), filter);
  }

  /** Every matching report, one row each, as a spreadsheet; paging does not apply. */
  @GetMapping(path = "/departments/{code}/reports", params = "format")
  ReportRows departmentReportsDownload(
      @PathVariable String code,
      @RequestParam(required = false) String campaign,
      @ParameterObject ReportFilter filter) {
    return new ReportRows(code + "-reports", find(new Query(ofDepartment(code, campaign, filter))));
  }

  private static Criteria ofCampaign(String campaignId, String department, ReportFilter filter) {
    Criteria criteria = filter.criteria().and("campaignId").is(campaignId);
    if (department != null) {
      ReportFilter.requireKnown("department", department, ReferenceData.instance()::department);
      criteria.and("department").is(department);
    }
    return criteria;
  }

  private static Criteria ofDepartment(String code, String campaign, ReportFilter filter) {
    if (ReferenceData.instance().department(code).isEmpty()) {
      throw NotFoundException.of("department", code);
    }
    Criteria criteria = filter.criteria().and("department").is(code);
    if (campaign != null) {
      criteria.and("campaignId").is(campaign);
    }
    return criteria;
  }

  private ReportPage page(Criteria criteria, ReportFilter filter) {
    int size = filter.sizeOrDefault();
    int page = filter.pageOrDefault();
    Query query = new Query(criteria);
    long total = mongo.count(query, versions.serving(ReportLedgerProjection.NAME));
    query.skip((long) page * size).limit(size);
    return new ReportPage(page, size, total, find(query));
  }

  private List<Document> find(Query query) {
    query.with(Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.asc("_id")));
    List<Document> reports = new ArrayList<>();
    for (Document report :
        mongo.find(query, Document.class, versions.serving(ReportLedgerProjection.NAME))) {
      report.remove("_id");
      report.remove("lastSequence");
      reports.add(report);
    }
    return reports;
  }
}
