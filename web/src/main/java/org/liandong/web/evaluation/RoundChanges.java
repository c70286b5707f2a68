package org.liandong.web.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.web.api.EvaluationApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The changes to a round as a whole from its page: the office assigns evaluators and names the
 * lead; the office and the lead evaluator move the round on, each to the phases that are theirs.
 */
@Controller
class RoundChanges {

  private static final String ROUND = "/evaluations/{roundId}";

  private final EvaluationApi evaluations;
  private final RoundModels models;

  RoundChanges(EvaluationApi evaluations, RoundModels models) {
    this.evaluations = evaluations;
    this.models = models;
  }

  @PostMapping("/evaluations/{roundId}/phase")
  String move(
      @PathVariable String roundId,
      @RequestParam RoundPhase to,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return new Submission("phase", Map.of("to", to.name()))
        .send(
            () -> evaluations.movePhase(roundId, to.name()),
            refusal -> models.round(roundId, user, model, locale, refusal),
            redirect,
            "eval.phaseMoved",
            ROUND);
  }

  @PostMapping("/evaluations/{roundId}/evaluators")
  String assign(
      @PathVariable String roundId,
      @RequestParam MultiValueMap<String, String> form,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    String evaluator = form.getFirst("evaluator");
    String home = form.getFirst("homeRegion");
    List<String> regions = form.getOrDefault("regions", List.of());
    Map<String, Object> body = new LinkedHashMap<>();
    if (home != null && !home.isBlank()) {
      body.put("homeRegion", home);
    }
    body.put("regions", regions);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("evaluator", evaluator);
    typed.put("homeRegion", home);
    typed.put("regions", String.join(",", regions));
    return new Submission("assign", typed)
        .send(
            () -> evaluations.assignEvaluator(roundId, evaluator, body),
            refusal -> models.round(roundId, user, model, locale, refusal),
            redirect,
            "eval.assigned",
            ROUND);
  }

  @PostMapping("/evaluations/{roundId}/lead")
  String lead(
      @PathVariable String roundId,
      @RequestParam String evaluator,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return new Submission("lead", Map.of("evaluator", evaluator))
        .send(
            () -> evaluations.nameLead(roundId, evaluator),
            refusal -> models.round(roundId, user, model, locale, refusal),
            redirect,
            "eval.leadNamed",
            ROUND);
  }
}
