package org.liandong.query.campaign;

import java.util.List;
import org.liandong.model.access.Actor;
import org.liandong.model.id.CampaignId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/campaigns")
class CampaignSummaryController {

  private final CampaignSummaries summaries;

  CampaignSummaryController(CampaignSummaries summaries) {
    this.summaries = summaries;
  }

  /**
   * Every campaign's summary the reader may see (a department user: those it takes or took part in,
   * in its region when limited to one), the most recently started first.
   */
  @GetMapping
  List<CampaignSummaryView> all(Actor reader) {
    return summaries.readableBy(reader);
  }

  /** The same list as a spreadsheet. */
  @GetMapping(params = "format")
  CampaignList download(Actor reader) {
    return new CampaignList(all(reader));
  }

  @GetMapping("/{campaignId}")
  CampaignSummaryView one(@PathVariable CampaignId campaignId, Actor reader) {
    return summaries.visible(reader, campaignId);
  }
}
