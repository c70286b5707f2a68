package org.liandong.query.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.reference.ReferenceData;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
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
  record ReportPage(int page, int size, long total, List<LedgerRow> items) {}

  private final ServedViews views;
  private final CampaignSummaries summaries;
  private final Scope scope;

  ReportLedgerController(ServedViews views, CampaignSummaries summaries, Scope scope) {
    this.views = views;
    this.summaries = summaries;
    this.scope = scope;
  }

  @GetMapping("/campaigns/{campaignId}/reports")
  ReportPage campaignReports(
      @PathVariable CampaignId campaignId,
      @RequestParam(required = false) DepartmentCode department,
      @ParameterObject ReportFilter filter,
      Actor reader) {
    return page(ofCampaign(campaignId, department, filter, reader), filter);
  }

  /**
   * One report of a campaign, read by its id; 404 for one the reader may not read, as the listings
   * leave it out.
   */
  @GetMapping("/campaigns/{campaignId}/reports/{reportId}")
  LedgerRow campaignReport(
      @PathVariable CampaignId campaignId, @PathVariable ReportId reportId, Actor reader) {
    summaries.visible(reader, campaignId);
    Criteria byId =
        new Criteria()
            .andOperator(
                where(LedgerRow.ID).is(LedgerRow.id(campaignId.value(), reportId.value())),
                ReportFilter.readableBy(reader));
    return Optional.ofNullable(views.one(ReportLedgerProjection.NAME, new Query(byId)))
        .map(LedgerRow::read)
        .orElseThrow(() -> NotFoundException.of("report", reportId.value()));
  }

  /** Every matching report, one row each, as a spreadsheet; paging does not apply. */
  @GetMapping(path = "/campaigns/{campaignId}/reports", params = "format")
  ReportRows campaignReportsDownload(
      @PathVariable CampaignId campaignId,
      @RequestParam(required = false) DepartmentCode department,
      @ParameterObject ReportFilter filter,
      Actor reader) {
    return new ReportRows(
        campaignId + "-reports",
        find(new Query(ofCampaign(campaignId, department, filter, reader))));
  }

  @GetMapping("/departments/{code}/reports")
  ReportPage departmentReports(
      @PathVariable DepartmentCode code,
      @RequestParam(required = false) CampaignId campaign,
      @ParameterObject ReportFilter filter,
      Actor reader) {
    return page(ofDepartment(code, campaign, filter, reader), filter);
  }

  /** Every matching report, one row each, as a spreadsheet; paging does not apply. */
  @GetMapping(path = "/departments/{code}/reports", params = "format")
  ReportRows departmentReportsDownload(
      @PathVariable DepartmentCode code,
      @RequestParam(required = false) CampaignId campaign,
      @ParameterObject ReportFilter filter,
      Actor reader) {
    return new ReportRows(
        code + "-reports", find(new Query(ofDepartment(code, campaign, filter, reader))));
  }

  /**
   * A campaign's reports, those of one reporting department if asked; a department user reads, of
   * the campaigns it takes part in, its own reports and the joint operations it took part in.
   */
  private Criteria ofCampaign(
      CampaignId campaignId, DepartmentCode department, ReportFilter filter, Actor reader) {
    summaries.visible(reader, campaignId);
    Criteria criteria = filter.criteria().and(LedgerRow.CAMPAIGN_ID).is(campaignId.value());
    if (department != null) {
      ReportFilter.requireKnown(
          "department", department.value(), ReferenceData.instance()::department);
      scope.requireDepartment(reader, department);
      criteria.and(LedgerRow.DEPARTMENT).is(department.value());
    }
    return new Criteria().andOperator(criteria, ReportFilter.readableBy(reader));
  }

  /** A department's own reports and the joint operations it took part in, or either. */
  private Criteria ofDepartment(
      DepartmentCode code, CampaignId campaign, ReportFilter filter, Actor reader) {
    if (ReferenceData.instance().department(code.value()).isEmpty()) {
      throw NotFoundException.of("department", code.value());
    }
    scope.requireDepartment(reader, code);
    Criteria criteria = filter.criteria();
    if (campaign != null) {
      criteria.and(LedgerRow.CAMPAIGN_ID).is(campaign.value());
    }
    return new Criteria()
        .andOperator(criteria, filter.involving(code), ReportFilter.readableBy(reader));
  }

  private ReportPage page(Criteria criteria, ReportFilter filter) {
    int size = filter.sizeOrDefault();
    int page = filter.pageOrDefault();
    ServedViews.Page found =
        views.page(ReportLedgerProjection.NAME, newestFirst(new Query(criteria)), page, size);
    return new ReportPage(
        page, size, found.total(), found.items().stream().map(LedgerRow::read).toList());
  }

  private List<LedgerRow> find(Query query) {
    return views.find(ReportLedgerProjection.NAME, newestFirst(query)).stream()
        .map(LedgerRow::read)
        .toList();
  }

  private static Query newestFirst(Query query) {
    return query.with(
        Sort.by(Sort.Order.desc(LedgerRow.OCCURRED_ON), Sort.Order.asc(LedgerRow.ID)));
  }
}
