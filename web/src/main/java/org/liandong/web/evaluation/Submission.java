package org.liandong.web.evaluation;

import java.util.Map;
import java.util.function.Function;
import org.liandong.web.api.ApiProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One form sent to the command side: done, it goes back to its page with a word that it was
 * recorded; refused for its input, its page shows again with the reasons beside the fields.
 *
 * @param form the form's name on its page
 * @param values what was typed, by the API's field names
 */
record Submission(String form, Map<String, String> values) {

  String send(
      Runnable change,
      Function<Refusal, String> pageAgain,
      RedirectAttributes redirect,
      String done,
      String target) {
    try {
      change.run();
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return pageAgain.apply(Refusal.of(form, values, problem));
    }
    redirect.addFlashAttribute("done", done);
    return "redirect:" + target;
  }
}
