package org.liandong.web.evaluation;

import java.util.Locale;
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

/**
 * The lead evaluator's moderation from the round's page: a flagged score settled, a deduction, an
 * appeal decided. Each form is named by what it acts on, so that a refusal shows by its fields.
 */
@Controller
class LeadActions {

  private static final String ROUND = "/evaluations/{roundId}";

  private final EvaluationApi evaluations;
  private final RoundModels models;

  LeadActions(EvaluationApi evaluations, RoundModels models) {
    this.evaluations = evaluations;
    this.models = models;
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/settlements/{indicator}")
  String settle(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam Map<String, String> form,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return new Submission("settle-" + region + "-" + indicator, form)
        .send(
            () ->
                evaluations.settle(
                    roundId,
                    region,
                    indicator,
                    ApiBody.from(form).number("score").text("reason").build()),
            refusal -> models.round(roundId, user, model, locale, refusal),
            redirect,
            "eval.settled",
            ROUND);
  }

  @PostMapping("/evaluations/{roundId}/deductions")
  String deduct(
      @PathVariable String roundId,
      @RequestParam String deductionId,
      @RequestParam Map<String, String> form,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return new Submission("deduction", form)
        .send(
            () ->
                evaluations.deduct(
                    roundId,
                    deductionId,
                    ApiBody.from(form)
                        .text("region", "section")
                        .number("points")
                        .text("reason")
                        .build()),
            refusal -> models.round(roundId, user, model, locale, refusal),
            redirect,
            "eval.deductionMade",
            ROUND);
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/appeals/{indicator}/decision")
  String decide(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam Map<String, String> form,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return new Submission("decide-" + region + "-" + indicator, form)
        .send(
            () ->
                evaluations.decideAppeal(
                    roundId,
                    region,
                    indicator,
                    ApiBody.from(form).text("decision").number("score").text("reason").build()),
            refusal -> models.round(roundId, user, model, locale, refusal),
            redirect,
            "eval.appealDecided",
            ROUND);
  }
}
