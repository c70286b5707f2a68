package org.liandong.web.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.web.api.EvaluationApi;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The changes to a round from its pages. On the round's page the office assigns evaluators and
 * names the lead; the office and the lead evaluator move the round on, each to the phases that are
 * theirs; the lead evaluator moderates: settles a flagged score, makes a deduction, decides an
 * appeal. On its region's scorecard a provincial office gives its self-assessment and appeals. Each
 * form is named by what it acts on, so that a refusal shows by its fields.
 */
@Controller
class RoundChanges {

  private final EvaluationApi evaluations;

  RoundChanges(EvaluationApi evaluations) {
    this.evaluations = evaluations;
  }

  @PostMapping("/evaluations/{roundId}/phase")
  String move(@PathVariable String roundId, @RequestParam RoundPhase to, SentForm sent) {
    return sent.onRound()
        .send(
            new Submission("phase", "eval.phaseMoved", Map.of("to", to.name())),
            () -> evaluations.movePhase(roundId, to.name()));
  }

  @PostMapping("/evaluations/{roundId}/evaluators")
  String assign(
      @PathVariable String roundId,
      @RequestParam MultiValueMap<String, String> form,
      SentForm sent) {
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
    return sent.onRound()
        .send(
            new Submission("assign", "eval.assigned", typed),
            () -> evaluations.assignEvaluator(roundId, evaluator, body));
  }

  @PostMapping("/evaluations/{roundId}/lead")
  String lead(@PathVariable String roundId, @RequestParam String evaluator, SentForm sent) {
    return sent.onRound()
        .send(
            new Submission("lead", "eval.leadNamed", Map.of("evaluator", evaluator)),
            () -> evaluations.nameLead(roundId, evaluator));
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/settlements/{indicator}")
  String settle(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam Map<String, String> form,
      SentForm sent) {
    Map<String, Object> settlement = ApiBody.from(form).number("score").text("reason").build();
    return sent.onRound()
        .send(
            new Submission("settle-" + region + "-" + indicator, "eval.settled", form),
            () -> evaluations.settle(roundId, region, indicator, settlement));
  }

  @PostMapping("/evaluations/{roundId}/deductions")
  String deduct(
      @PathVariable String roundId,
      @RequestParam String deductionId,
      @RequestParam Map<String, String> form,
      SentForm sent) {
    Map<String, Object> deduction =
        ApiBody.from(form).text("region", "section").number("points").text("reason").build();
    return sent.onRound()
        .send(
            new Submission("deduction", "eval.deductionMade", form),
            () -> evaluations.deduct(roundId, deductionId, deduction));
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/appeals/{indicator}/decision")
  String decide(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam Map<String, String> form,
      SentForm sent) {
    Map<String, Object> decision =
        ApiBody.from(form).text("decision").number("score").text("reason").build();
    return sent.onRound()
        .send(
            new Submission("decide-" + region + "-" + indicator, "eval.appealDecided", form),
            () -> evaluations.decideAppeal(roundId, region, indicator, decision));
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/self-assessment")
  String selfAssess(
      @PathVariable String roundId,
      @PathVariable String region,
      @RequestParam(defaultValue = "") String text,
      SentForm sent) {
    return sent.onScorecard()
        .send(
            new Submission("self-assessment", "eval.selfAssessed", Map.of("text", text)),
            () -> evaluations.submitSelfAssessment(roundId, region, text));
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/appeals/{indicator}")
  String appeal(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam(defaultValue = "") String reason,
      SentForm sent) {
    return sent.onScorecard()
        .send(
            new Submission("appeal-" + indicator, "eval.appealed", Map.of("reason", reason)),
            () -> evaluations.appeal(roundId, region, indicator, reason));
  }
}
