package org.liandong.query.campaign;

import java.util.List;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.query.projection.Coverage;
import org.liandong.query.projection.Coverages;
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
  private final Coverages coverages;

  CampaignSummaryController(
      MongoTemplate mongo,
      ProjectionVersions versions,
      CampaignSummaries summaries,
      Coverages coverages) {
    this.mongo = mongo;
    this.versions = versions;
    this.summaries = summaries;
    this.coverages = coverages;
  }

  /**
   * Every campaign's summary the reader may see (a department user: those it takes or took part in,
   * in its region when limited to one), the most recently started first.
   */
  @GetMapping
  List<CampaignSummaryView> all(Actor reader) {
    Coverage coverage = coverages.of(CampaignSummaryProjection.NAME);
    Query query = new Query(CampaignSummaries.readableBy(reader));
    return mongo
        .find(
            query.with(Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("_id"))),
            Document.class,
            versions.serving(CampaignSummaryProjection.NAME))
        .stream()
        .map(summary -> CampaignSummaryView.from(summary, coverage))
        .toList();
  }

  /** The same list as a spreadsheet. */
  @GetMapping(params = "format")
  CampaignList download(Actor reader) {
    return new CampaignList(all(reader));
  }

  @GetMapping("/{campaignId}")
  CampaignSummaryView one(@PathVariable String campaignId, Actor reader) {
    return summaries.visible(reader, campaignId);
  }
}
