package org.liandong.web.campaigns;

import java.util.Locale;
import org.liandong.model.campaign.Phase;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CommandApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's changes to a campaign from its dashboard: the next phase and a new task. A refusal
 * shows the dashboard again with the reasons beside the task form's fields.
 */
@Controller
class CampaignChanges {

  private final CommandApi commands;
  private final Dashboards dashboards;

  CampaignChanges(CommandApi commands, Dashboards dashboards) {
    this.commands = commands;
    this.dashboards = dashboards;
  }

  @PostMapping("/campaigns/{campaignId}/phase")
  String advance(
      @PathVariable String campaignId, @RequestParam Phase to, RedirectAttributes redirect) {
    commands.advancePhase(campaignId, to.name());
    redirect.addFlashAttribute("done", "campaign.phaseAdvanced");
    return "redirect:/campaigns/{campaignId}";
  }

  @PostMapping("/campaigns/{campaignId}/tasks")
  String assign(
      @PathVariable String campaignId,
      @ModelAttribute("task") TaskForm task,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      commands.assignTask(campaignId, task.body());
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      model.addAttribute("taskErrors", problem.fieldErrors());
      model.addAttribute("taskProblem", problem.getMessage());
      return dashboards.page(campaignId, model, locale);
    }
    redirect.addFlashAttribute("done", "task.assigned");
    return "redirect:/campaigns/{campaignId}";
  }
}
