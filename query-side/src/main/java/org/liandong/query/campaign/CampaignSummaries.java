package org.liandong.query.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.liandong.query.projection.ProjectionVersions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads campaign summaries for other views, which name campaigns from them. */
@Component
public class CampaignSummaries {

  /** The projection the summaries are read from. */
  public static final String PROJECTION = CampaignSummaryProjection.NAME;

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;

  CampaignSummaries(MongoTemplate mongo, ProjectionVersions versions) {
    this.mongo = mongo;
    this.versions = versions;
  }

  /** A campaign's summary as the API shows it, if the campaign is known. */
  public Optional<CampaignSummaryView> view(String campaignId) {
    return Optional.ofNullable(
            mongo.findOne(
                query(where("_id").is(campaignId)),
                Document.class,
                versions.serving(CampaignSummaryProjection.NAME)))
        .map(CampaignSummaryView::from);
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
