package org.liandong.web.campaigns;

import java.util.Locale;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign list and a campaign's dashboard. The dashboard's figures are a fragment of their
 * own, which the page fetches again every few seconds (htmx), so that they follow the reports
 * without a reload.
 */
@Controller
class CampaignPages {

  private final QueryApi queries;
  private final Dashboards dashboards;

  CampaignPages(QueryApi queries, Dashboards dashboards) {
    this.queries = queries;
    this.dashboards = dashboards;
  }

  @GetMapping("/campaigns")
  String list(Model model) {
    model.addAttribute("campaigns", queries.campaigns());
    return "campaigns/list";
  }

  /**
   * A campaign's dashboard. Just after its launch ({@code ?launched}) the query side may not have
   * it yet: the page then waits for it rather than answering that it does not exist.
   */
  @GetMapping("/campaigns/{campaignId}")
  String dashboard(
      @PathVariable String campaignId,
      @RequestParam(required = false) String launched,
      Model model,
      Locale locale) {
    CampaignSummary campaign;
    try {
      campaign = queries.campaign(campaignId);
    } catch (ApiProblem problem) {
      if (problem.status() == 404 && launched != null) {
        model.addAttribute("pendingTitle", "campaign.pending");
        model.addAttribute("pendingText", "campaign.pendingText");
        model.addAttribute("pendingId", campaignId);
        return "pending";
      }
      throw problem;
    }
    model.addAttribute("task", TaskForm.blank());
    return dashboards.page(campaign, model, locale);
  }

  @GetMapping("/campaigns/{campaignId}/figures")
  String figures(@PathVariable String campaignId, Model model, Locale locale) {
    CampaignSummary campaign = queries.campaign(campaignId);
    model.addAttribute("campaign", campaign);
    model.addAttribute("charts", dashboards.charts(campaign, locale));
    return "campaigns/dashboard :: figures";
  }
}
