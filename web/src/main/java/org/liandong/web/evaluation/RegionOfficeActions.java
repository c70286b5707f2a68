package org.liandong.web.evaluation;

import java.util.Map;
import org.liandong.web.api.EvaluationApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A provincial office's part from its region's scorecard: the self-assessment and appeals. */
@Controller
class RegionOfficeActions {

  private static final String SCORECARD = "/evaluations/{roundId}/regions/{region}";

  private final EvaluationApi evaluations;
  private final RoundModels models;

  RegionOfficeActions(EvaluationApi evaluations, RoundModels models) {
    this.evaluations = evaluations;
    this.models = models;
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/self-assessment")
  String selfAssess(
      @PathVariable String roundId,
      @PathVariable String region,
      @RequestParam(defaultValue = "") String text,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    return new Submission("self-assessment", Map.of("text", text))
        .send(
            () -> evaluations.submitSelfAssessment(roundId, region, text),
            refusal -> models.scorecard(roundId, region, user, model, refusal),
            redirect,
            "eval.selfAssessed",
            SCORECARD);
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/appeals/{indicator}")
  String appeal(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam(defaultValue = "") String reason,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    return new Submission("appeal-" + indicator, Map.of("reason", reason))
        .send(
            () -> evaluations.appeal(roundId, region, indicator, reason),
            refusal -> models.scorecard(roundId, region, user, model, refusal),
            redirect,
            "eval.appealed",
            SCORECARD);
  }
}
