package org.liandong.query.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.RegionCode;
import org.liandong.query.projection.Coverages;
import org.liandong.query.projection.ProjectionVersions;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Reads campaign summaries for other views, which name campaigns from them. */
@Component
public class CampaignSummaries {

  /** The projection the summaries are read from. */
  public static final String PROJECTION = CampaignSummaryProjection.NAME;

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final Scope scope;
  private final Coverages coverages;

  public CampaignSummaries(
      MongoTemplate mongo, ProjectionVersions versions, Scope scope, Coverages coverages) {
    this.mongo = mongo;
    this.versions = versions;
    this.scope = scope;
    this.coverages = coverages;
  }

  /**
   * A campaign's summary as the reader may see it: a department user sees the campaigns it takes or
   * took part in, those in its region when limited to one; any other answers 404, as an unknown one
   * does.
   */
  public CampaignSummaryView visible(Actor reader, String campaignId) {
    CampaignSummaryView summary =
        view(campaignId).orElseThrow(() -> NotFoundException.of("campaign", campaignId));
    scope.requireReadable(
        reader,
        "campaign",
        campaignId,
        Stream.concat(
                summary.participatingDepartments().stream(),
                summary.withdrawnDepartments().stream())
            .map(entry -> new DepartmentCode(entry.code()))
            .toList(),
        summary.regions().stream().map(entry -> new RegionCode(entry.code())).toList());
    return summary;
  }

  /** The campaigns the reader may see, for a query: a department user's, in its region. */
  static Criteria readableBy(Actor reader) {
    Criteria criteria = new Criteria();
    String department = Scope.ownDepartment(reader);
    if (department != null) {
      criteria.orOperator(
          where("participatingDepartments").is(department),
          where("withdrawnDepartments").is(department));
    }
    String region = Scope.ownRegion(reader);
    if (region != null) {
      criteria.and("regions").is(region);
    }
    return criteria;
  }

  /** A campaign's summary as the API shows it, if the campaign is known. */
  public Optional<CampaignSummaryView> view(String campaignId) {
    return Optional.ofNullable(
            mongo.findOne(
                query(where("_id").is(campaignId)),
                Document.class,
                versions.serving(CampaignSummaryProjection.NAME)))
        .map(summary -> CampaignSummaryView.from(summary, coverages.of(PROJECTION)));
  }

  /** The summaries of the given campaigns, by campaign id; unknown ids are left out. */
  public Map<String, Document> byIds(Collection<String> campaignIds) {
    return mongo
        .find(
            query(where("_id").in(campaignIds)),
            Document.class,
            versions.serving(CampaignSummaryProjection.NAME))
        .stream()
        .collect(Collectors.toMap(summary -> summary.getString("_id"), Function.identity()));
  }
}
