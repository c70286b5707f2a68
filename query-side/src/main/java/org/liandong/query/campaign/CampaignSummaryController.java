package org.liandong.query.campaign;

import java.util.List;
import org.bson.Document;
import org.liandong.query.api.NotFoundException;
import org.liandong.query.projection.ProjectionVersions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/campaigns")
class CampaignSummaryController {

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final CampaignSummaries summaries;

  CampaignSummaryController(
      MongoTemplate mongo, ProjectionVersions versions, CampaignSummaries summaries) {
    this.mongo = mongo;
    this.versions = versions;
    this.summaries = summaries;
  }

  /** Every campaign's summary, the most recently started first. */
  @GetMapping
  List<CampaignSummaryView> all() {
    return mongo
        .find(
            new Query().with(Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("_id"))),
            Document.class,
            versions.serving(CampaignSummaryProjection.NAME))
        .stream()
        .map(CampaignSummaryView::from)
        .toList();
  }

  /** The same list as a spreadsheet. */
  @GetMapping(params = "format")
  CampaignList download() {
    return new CampaignList(all());
  }

  @GetMapping("/{campaignId}")
  CampaignSummaryView one(@PathVariable String campaignId) {
    return summaries
        .view(campaignId)
        .orElseThrow(() -> NotFoundException.of("campaign", campaignId));
  }
}
