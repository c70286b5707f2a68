package org.liandong.web.evaluation;

import java.util.List;
import java.util.function.Predicate;
import org.liandong.model.evaluation.AppealDecision;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.web.api.EvaluationApi;
import org.liandong.web.api.EvaluationRound;
import org.liandong.web.api.EvaluationRound.IndicatorResult;
import org.liandong.web.api.EvaluationRound.RegionResult;
import org.liandong.web.api.Named;
import org.liandong.web.api.NewIds;
import org.liandong.web.signin.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the evaluation pages show, read afresh for each: the rounds, a round's page and a region's
 * scorecard (with a refused form's values and reasons when one comes back) and the sources of a
 * computed figure. The pages and the forms posting to them share it.
 */
@Component
class RoundModels {

  /** An indicator of a region, as the lead evaluator works through them. */
  record RegionIndicator(Named region, IndicatorResult indicator) {}

  private final EvaluationApi evaluations;

  RoundModels(EvaluationApi evaluations) {
    this.evaluations = evaluations;
  }

  /** The rounds the reader may see. */
  String rounds(Model model) {
    model.addAttribute("rounds", evaluations.rounds());
    return "evaluation/rounds";
  }

  /**
   * The round's page: progress, ranking and chart (in the request's language), and the forms the
   * user's role is offered.
   */
  String round(String roundId, SignedInUser user, Model model, Refusal refusal) {
    EvaluationRound round = evaluations.round(roundId);
    RoundActions actions = RoundActions.of(user, round);
    model.addAttribute("round", round);
    model.addAttribute("actions", actions);
    model.addAttribute("refusal", refusal);
    model.addAttribute("chart", RankingChart.of(round, LocaleContextHolder.getLocale()));
    model.addAttribute("regions", Regions.all());
    if (actions.leads()) {
      model.addAttribute("flagged", indicators(round, IndicatorResult::flagged));
      model.addAttribute(
          "appealed", indicators(round, i -> i.appeal() != null && i.appeal().decision() == null));
      model.addAttribute("decisions", AppealDecision.values());
      model.addAttribute(
          "deductionId", refusal.value("deduction", "deductionId", NewIds.of("D-", 8)));
    }
    return "evaluation/round";
  }

  /**
   * A region's scorecard, if the reader may read it (404 otherwise, as the query side hides it).
   */
  String scorecard(String roundId, String region, SignedInUser user, Model model, Refusal refusal) {
    EvaluationRound round = evaluations.round(roundId);
    RegionResult result =
        round.region(region).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("round", round);
    model.addAttribute("result", result);
    model.addAttribute("actions", RoundActions.of(user, round));
    model.addAttribute("refusal", refusal);
    model.addAttribute("computed", IndicatorKind.COMPUTED.name());
    return "evaluation/scorecard";
  }

  /**
   * The reports and figures behind a computed indicator of a region, as the reader may see them.
   */
  String sources(String roundId, String region, String indicator, Model model) {
    model.addAttribute("round", evaluations.round(roundId));
    model.addAttribute("sources", evaluations.sources(roundId, region, indicator));
    model.addAttribute("region", Regions.named(region));
    return "evaluation/sources";
  }

  private static List<RegionIndicator> indicators(
      EvaluationRound round, Predicate<IndicatorResult> which) {
    return round.ranking().stream()
        .flatMap(
            result ->
                result.indicators().stream()
                    .filter(which)
                    .map(indicator -> new RegionIndicator(result.region(), indicator)))
        .toList();
  }
}
