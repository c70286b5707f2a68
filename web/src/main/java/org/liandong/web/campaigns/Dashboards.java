package org.liandong.web.campaigns;

import java.util.Locale;
import org.liandong.model.campaign.Phase;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.QueryApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a campaign's dashboard shows: its figures, its charts in the page's language and the phase
 * it may move on to. The dashboard's page and the forms posting to it share it; the task form is
 * the caller's, blank or as refused.
 */
@Component
class Dashboards {

  private final QueryApi queries;
  private final MessageSource messages;

  Dashboards(QueryApi queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  /** The dashboard of the campaign as the query side has it now. */
  String page(String campaignId, Model model, Locale locale) {
    return page(queries.campaign(campaignId), model, locale);
  }

  String page(CampaignSummary campaign, Model model, Locale locale) {
    Phase next = Phase.valueOf(campaign.phase()).next();
    model.addAttribute("campaign", campaign);
    model.addAttribute("nextPhase", next == Phase.CLOSED ? null : next);
    model.addAttribute("charts", charts(campaign, locale));
    return "campaigns/dashboard";
  }

  Charts charts(CampaignSummary campaign, Locale locale) {
    return Charts.of(campaign, messages, locale);
  }
}
