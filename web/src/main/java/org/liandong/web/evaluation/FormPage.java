package org.liandong.web.evaluation;

import java.util.function.Function;
import org.liandong.web.api.ApiProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page forms are sent from: once the command side records one, back to the page with a word that
 * it did; refused for its input, the page again with the reasons beside the form's fields.
 *
 * @param again the page drawn again with a refusal
 * @param path the page's path, its variables those of the form's own
 */
record FormPage(Function<Refusal, String> again, String path, RedirectAttributes redirect) {

  String send(Submission submission, Runnable change) {
    try {
      change.run();
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return again.apply(Refusal.of(submission.form(), submission.values(), problem));
    }
    redirect.addFlashAttribute("done", submission.done());
    return "redirect:" + path;
  }
}
