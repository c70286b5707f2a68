package org.liandong.web.evaluation;

import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.EvaluationApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office drafts a round. The scheme is edited as the JSON the API takes; the API checks it and
 * names what is wrong in it, which shows beside it.
 */
@Controller
class RoundDrafting {

  private final EvaluationApi evaluations;

  RoundDrafting(EvaluationApi evaluations) {
    this.evaluations = evaluations;
  }

  /** Only the office drafts rounds; others are not offered the form (the API refuses). */
  @GetMapping("/evaluations/new")
  String form(SignedInUser user, Model model) {
    SignedInUser.requireOffice(user);
    return page(DraftForm.blank(), Refusal.NONE, model);
  }

  @PostMapping("/evaluations")
  String draft(@ModelAttribute("draft") DraftForm draft, Model model, RedirectAttributes redirect) {
    try {
      evaluations.draftRound(draft.body());
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return page(draft, Refusal.of("draft", Map.of(), problem), model);
    }
    redirect.addFlashAttribute("done", "eval.drafted");
    redirect.addFlashAttribute("doneReport", draft.roundId());
    return "redirect:/evaluations";
  }

  private static String page(DraftForm draft, Refusal refusal, Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute("refusal", refusal);
    return "evaluation/draft";
  }
}
