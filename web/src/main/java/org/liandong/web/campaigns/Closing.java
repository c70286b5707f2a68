package org.liandong.web.campaigns;

import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CampaignApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office closes a campaign with its summary. The command side decides when it may (only after
 * the review): its refusal comes back to the campaign's page beside the summary, which is kept.
 */
@Controller
class Closing {

  private final CampaignApi campaigns;

  Closing(CampaignApi campaigns) {
    this.campaigns = campaigns;
  }

  @PostMapping("/campaigns/{campaignId}/closure")
  String close(
      @PathVariable String campaignId,
      @RequestParam(defaultValue = "") String summary,
      RedirectAttributes redirect) {
    try {
      campaigns.close(campaignId, summary);
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      redirect.addFlashAttribute("closeProblem", problem.getMessage());
      redirect.addFlashAttribute("closeSummary", summary);
      return "redirect:/campaigns/{campaignId}";
    }
    redirect.addFlashAttribute("done", "campaign.closed");
    return "redirect:/campaigns/{campaignId}";
  }
}
