package org.liandong.query.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.query.projection.Coverage;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads campaign summaries for other views, which name campaigns from them. */
@Component
public class CampaignSummaries {

  /** The projection the summaries are read from. */
  public static final String PROJECTION = CampaignSummaryProjection.NAME;

  private final ServedViews views;
  private final Scope scope;

  public CampaignSummaries(ServedViews views, Scope scope) {
    this.views = views;
    this.scope = scope;
  }

  /**
   * A campaign's summary as the reader may see it: a department user sees the campaigns it takes or
   * took part in, those in its region when limited to one; any other answers 404, as an unknown one
   * does.
   */
  public CampaignSummaryView visible(Actor reader, CampaignId campaignId) {
    CampaignSummaryDocument summary =
        stored(campaignId).orElseThrow(() -> NotFoundException.of("campaign", campaignId.value()));
    scope.requireReadable(
        reader,
        "campaign",
        campaignId.value(),
        Stream.concat(
                summary.participatingDepartments().stream(),
                summary.withdrawnDepartments().stream())
            .toList(),
        summary.regions());
    return CampaignSummaryView.from(summary, views.coverage(PROJECTION));
  }

  /** The campaigns the reader may see, for a query: a department user's, in its region. */
  private static Criteria readableCriteria(Actor reader) {
    Criteria criteria = new Criteria();
    DepartmentCode department = Scope.ownDepartment(reader);
    if (department != null) {
      criteria.orOperator(
          where(CampaignSummaryDocument.PARTICIPATING_DEPARTMENTS).is(department.value()),
          where(CampaignSummaryDocument.WITHDRAWN_DEPARTMENTS).is(department.value()));
    }
    RegionCode region = Scope.ownRegion(reader);
    if (region != null) {
      criteria.and(CampaignSummaryDocument.REGIONS).is(region.value());
    }
    return criteria;
  }

  /** A campaign's summary as the API shows it, if the campaign is known. */
  public Optional<CampaignSummaryView> view(CampaignId campaignId) {
    return stored(campaignId)
        .map(summary -> CampaignSummaryView.from(summary, views.coverage(PROJECTION)));
  }

  private Optional<CampaignSummaryDocument> stored(CampaignId campaignId) {
    return Optional.ofNullable(views.one(CampaignSummaryProjection.NAME, campaignId.value()))
        .map(CampaignSummaryDocument::read);
  }

  /** What the given campaigns are, by campaign id; unknown ids are left out. */
  public Map<CampaignId, CampaignHeader> headers(Collection<CampaignId> campaignIds) {
    Query named =
        query(
            where(CampaignSummaryDocument.ID)
                .in(campaignIds.stream().map(CampaignId::value).toList()));
    named.fields().include(CampaignSummaryDocument.HEADER);
    return views.find(CampaignSummaryProjection.NAME, named).stream()
        .map(CampaignSummaryDocument::read)
        .collect(Collectors.toMap(CampaignSummaryDocument::campaignId, CampaignHeader::of));
  }

  /** All the campaigns the reader may see, the most recently started first. */
  List<CampaignSummaryView> readableBy(Actor reader) {
    Coverage coverage = views.coverage(PROJECTION);
    Query query = new Query(readableCriteria(reader));
    return views
        .find(
            CampaignSummaryProjection.NAME,
            query.with(
                Sort.by(
                    Sort.Order.desc(CampaignSummaryDocument.STARTS_ON),
                    Sort.Order.asc(CampaignSummaryDocument.ID))))
        .stream()
        .map(summary -> CampaignSummaryView.from(summary, coverage))
        .toList();
  }
}
