package org.liandong.web.campaigns;

import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.reference.ReferenceData;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CommandApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office launches a campaign; a refused form comes back with the reasons by its fields. */
@Controller
class Launching {

  private final CommandApi commands;

  Launching(CommandApi commands) {
    this.commands = commands;
  }

  /** Only the office launches campaigns; others are not offered the form (the API refuses). */
  @GetMapping("/campaigns/new")
  String form(SignedInUser user, Model model) {
    SignedInUser.requireOffice(user);
    return form(model, LaunchForm.blank());
  }

  @PostMapping("/campaigns")
  String launch(
      @ModelAttribute("campaign") LaunchForm campaign, Model model, RedirectAttributes redirect) {
    try {
      commands.launchCampaign(campaign.body());
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      model.addAttribute("errors", problem.fieldErrors());
      model.addAttribute("problem", problem.getMessage());
      return form(model, campaign);
    }
    redirect.addFlashAttribute("done", "campaign.launched");
    redirect.addAttribute("id", campaign.campaignId());
    redirect.addAttribute("launched", "true");
    return "redirect:/campaigns/{id}";
  }

  private static String form(Model model, LaunchForm campaign) {
    model.addAttribute("campaign", campaign);
    model.addAttribute("focuses", CampaignFocus.values());
    model.addAttribute("departments", ReferenceData.instance().departments());
    model.addAttribute("regions", ReferenceData.instance().regions());
    return "campaigns/launch";
  }
}
