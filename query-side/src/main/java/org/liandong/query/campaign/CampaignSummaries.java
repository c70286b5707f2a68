package org.liandong.query.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads campaign summaries for other views, which name campaigns from them. */
@Component
public class CampaignSummaries {

  private final MongoTemplate mongo;

  CampaignSummaries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A campaign's summary as the API shows it, if the campaign is known. */
  public Optional<CampaignSummaryView> view(String campaignId) {
    return Optional.ofNullable(
            mongo.findOne(
                query(where("_id").is(campaignId)),
                Document.class,
                CampaignSummaryProjection.COLLECTION))
        .map(CampaignSummaryView::from);
  }

  /** The summaries of the given campaigns, by campaign id; unknown ids are left out. */
  public Map<String, Document> byIds(Collection<String> campaignIds) {
    return mongo
        .find(
            query(where("_id").in(campaignIds)),
            Document.class,
            CampaignSummaryProjection.COLLECTION)
        .stream()
        .collect(Collectors.toMap(summary -> summary.getString("_id"), Function.identity()));
  }
}
