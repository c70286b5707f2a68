package org.liandong.query.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.liandong.query.api.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignSummaryController {

  private final MongoTemplate mongo;

  CampaignSummaryController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Every campaign's summary, the most recently started first. */
  @GetMapping
  List<CampaignSummaryView> all() {
    return mongo
        .find(
            new Query().with(Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("_id"))),
            Document.class,
            CampaignSummaryProjection.COLLECTION)
        .stream()
        .map(CampaignSummaryView::from)
        .toList();
  }

  @GetMapping("/{campaignId}")
  CampaignSummaryView one(@PathVariable String campaignId) {
    Document summary =
        mongo.findOne(
            query(where("_id").is(campaignId)),
            Document.class,
            CampaignSummaryProjection.COLLECTION);
    if (summary == null) {
      throw NotFoundException.of("campaign", campaignId);
    }
    return CampaignSummaryView.from(summary);
  }
}
