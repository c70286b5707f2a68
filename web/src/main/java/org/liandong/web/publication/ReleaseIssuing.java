package org.liandong.web.publication;

import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.PublicationApi;
import org.liandong.web.api.QueryApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office issues a release, of one campaign or of all of a year; a refused form comes back with
 * the reasons by its fields.
 */
@Controller
class ReleaseIssuing {

  private final PublicationApi publication;
  private final QueryApi queries;

  ReleaseIssuing(PublicationApi publication, QueryApi queries) {
    this.publication = publication;
    this.queries = queries;
  }

  @GetMapping("/releases/new")
  String form(SignedInUser user, Model model) {
    SignedInUser.requireOffice(user);
    return form(model, ReleaseForm.blank(), Map.of(), null);
  }

  @PostMapping("/releases")
  String issue(
      SignedInUser user,
      @ModelAttribute("release") ReleaseForm release,
      Model model,
      RedirectAttributes redirect) {
    SignedInUser.requireOffice(user);
    try {
      publication.issueRelease(release.issue());
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return form(model, release, problem.fieldErrors(), problem.getMessage());
    }
    redirect.addFlashAttribute("done", "release.issued");
    redirect.addFlashAttribute("doneReport", release.releaseId());
    return "redirect:/releases";
  }

  private String form(
      Model model, ReleaseForm release, Map<String, String> errors, String problem) {
    model.addAttribute("release", release);
    model.addAttribute("campaigns", queries.campaigns());
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    return "releases/new";
  }
}
