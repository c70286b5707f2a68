package org.liandong.web.reports;

import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CampaignApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department that made a report retracts it, with a reason, from the report's page; the report
 * then shows as retracted there, and the views count it no more. A refusal comes back beside the
 * reason.
 */
@Controller
class Retraction {

  private final CampaignApi campaigns;

  Retraction(CampaignApi campaigns) {
    this.campaigns = campaigns;
  }

  @PostMapping("/campaigns/{campaignId}/reports/{reportId}/retraction")
  String retract(
      @PathVariable String campaignId,
      @PathVariable String reportId,
      @RequestParam(defaultValue = "") String reason,
      SignedInUser user,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    try {
      campaigns.retractReport(campaignId, reportId, department, reason);
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      redirect.addFlashAttribute("retractionProblem", problem.getMessage());
      redirect.addFlashAttribute("retractionReason", reason);
      return "redirect:/campaigns/{campaignId}/reports/{reportId}";
    }
    redirect.addFlashAttribute("done", "retraction.done");
    redirect.addFlashAttribute("doneReport", reportId);
    return "redirect:/campaigns/{campaignId}/reports/{reportId}";
  }
}
