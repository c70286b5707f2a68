package org.liandong.web.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.EvaluationApi;
import org.liandong.web.api.EvaluatorWorklist;
import org.liandong.web.api.EvaluatorWorklist.Item;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An evaluator's worklist and one scoring sheet per region. A sheet sends a score per indicator it
 * changes; those the API refuses come back with the reason beside their fields and what was typed,
 * the others are recorded.
 */
@Controller
class ScoringSheets {

  private final EvaluationApi evaluations;

  ScoringSheets(EvaluationApi evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/evaluations/{roundId}/worklist")
  String worklist(@PathVariable String roundId, Model model) {
    EvaluatorWorklist worklist = evaluations.worklist(roundId);
    model.addAttribute("round", evaluations.round(roundId));
    model.addAttribute("worklist", worklist);
    model.addAttribute(
        "regions",
        worklist.items().stream().map(Item::region).distinct().map(Regions::named).toList());
    return "evaluation/worklist";
  }

  @GetMapping("/evaluations/{roundId}/regions/{region}/sheet")
  String sheet(@PathVariable String roundId, @PathVariable String region, Model model) {
    return page(roundId, region, Refusal.NONE, model);
  }

  @PostMapping("/evaluations/{roundId}/regions/{region}/sheet")
  String score(
      @PathVariable String roundId,
      @PathVariable String region,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    ScoringSheet sheet = ScoringSheet.of(evaluations.worklist(roundId).items(), region);
    Map<String, String> errors = new LinkedHashMap<>();
    String problem = null;
    for (Item item : sheet.items()) {
      if (!ScoringSheet.changes(form, item)) {
        continue;
      }
      try {
        evaluations.score(
            roundId, region, item.indicator(), ScoringSheet.body(form, item.indicator()));
      } catch (ApiProblem refused) {
        if (!refused.refusesInput()) {
          throw refused;
        }
        problem = refused.getMessage();
        refused
            .fieldErrors()
            .forEach((field, reason) -> errors.put(field + "-" + item.indicator(), reason));
      }
    }
    if (problem != null) {
      return page(roundId, region, new Refusal("sheet", form, errors, problem), model);
    }
    redirect.addFlashAttribute("done", "eval.scored");
    redirect.addFlashAttribute("doneReport", region);
    return "redirect:/evaluations/{roundId}/worklist";
  }

  private String page(String roundId, String region, Refusal refusal, Model model) {
    ScoringSheet sheet = ScoringSheet.of(evaluations.worklist(roundId).items(), region);
    if (sheet.items().isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("round", evaluations.round(roundId));
    model.addAttribute("sheet", sheet);
    model.addAttribute("region", Regions.named(region));
    model.addAttribute("refusal", refusal);
    return "evaluation/sheet";
  }
}
