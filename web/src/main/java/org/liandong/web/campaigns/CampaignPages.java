package org.liandong.web.campaigns;

import java.util.Locale;
import org.liandong.model.campaign.Phase;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.QueryApi;
import org.springframework.context.MessageSource;
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
  private final MessageSource messages;

  CampaignPages(QueryApi queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
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
    return dashboard(campaign, messages, model, locale);
  }

  /**
   * The dashboard of {@code campaign}: its figures, its charts and the phase it may move on to; the
   * task form is the caller's, blank or as refused.
   */
  static String dashboard(
      CampaignSummary campaign, MessageSource messages, Model model, Locale locale) {
    Phase next = Phase.valueOf(campaign.phase()).next();
    model.addAttribute("campaign", campaign);
    model.addAttribute("nextPhase", next == Phase.CLOSED ? null : next);
    model.addAttribute("charts", Charts.of(campaign, messages, locale));
    return "campaigns/dashboard";
  }

  @GetMapping("/campaigns/{campaignId}/figures")
  String figures(@PathVariable String campaignId, Model model, Locale locale) {
    CampaignSummary campaign = queries.campaign(campaignId);
    model.addAttribute("campaign", campaign);
    model.addAttribute("charts", Charts.of(campaign, messages, locale));
    return "campaigns/dashboard :: figures";
  }
}
