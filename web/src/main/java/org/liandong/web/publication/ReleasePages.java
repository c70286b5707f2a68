package org.liandong.web.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.Downloads;
import org.liandong.web.api.PublicationApi;
import org.liandong.web.api.Release;
import org.liandong.web.signin.SignedInUser;
import org.liandong.web.statistics.SourceLinks;
import org.liandong.web.statistics.YearView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Statistics releases: the list and one release (its texts in the page's language, its frozen
 * figures, each opening the reports behind it as recorded by the cut-off, the adjustments, its
 * history) for every signed-in user, with its downloads; the office amends its texts (and issues
 * one by {@link ReleaseIssuing}).
 */
@Controller
class ReleasePages {

  private final PublicationApi publication;
  private final Downloads downloads;
  private final MessageSource messages;

  ReleasePages(PublicationApi publication, Downloads downloads, MessageSource messages) {
    this.publication = publication;
    this.downloads = downloads;
    this.messages = messages;
  }

  @GetMapping("/releases")
  String list(Model model) {
    model.addAttribute("releases", publication.releases());
    return "releases/list";
  }

  @GetMapping("/releases/{releaseId}")
  String release(@PathVariable String releaseId, Model model, Locale locale) {
    Release release = publication.release(releaseId);
    return page(release, ReleaseForm.amending(release), Map.of(), null, model, locale);
  }

  @PostMapping("/releases/{releaseId}/text")
  String amend(
      @PathVariable String releaseId,
      SignedInUser user,
      @ModelAttribute("amendment") ReleaseForm amendment,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    SignedInUser.requireOffice(user);
    try {
      publication.amendRelease(releaseId, amendment.amendment());
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return page(
          publication.release(releaseId),
          amendment,
          problem.fieldErrors(),
          problem.getMessage(),
          model,
          locale);
    }
    redirect.addFlashAttribute("done", "release.amended");
    redirect.addFlashAttribute("doneReport", releaseId);
    return "redirect:/releases/{releaseId}";
  }

  /** The release as a PDF, made by the query side. */
  @GetMapping("/releases/{releaseId}/pdf")
  void pdf(@PathVariable String releaseId, HttpServletResponse response) {
    downloads.copy("/printable/releases/{id}", Map.of(), response, releaseId);
  }

  /** The release's tables as a spreadsheet ({@code csv} or {@code xlsx}). */
  @GetMapping("/releases/{releaseId}/download")
  void download(
      @PathVariable String releaseId, @RequestParam String format, HttpServletResponse response) {
    downloads.spreadsheet("/releases/{id}", format, response, releaseId);
  }

  private String page(
      Release release,
      ReleaseForm amendment,
      Map<String, String> errors,
      String problem,
      Model model,
      Locale locale) {
    model.addAttribute("release", release);
    model.addAttribute(
        "figures",
        YearView.of(
            release.figures(),
            SourceLinks.asOf(release.year(), release.cutOff(), release.campaign()),
            messages,
            locale));
    model.addAttribute("amendment", amendment);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    return "releases/release";
  }
}
