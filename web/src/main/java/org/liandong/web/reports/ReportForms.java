package org.liandong.web.reports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CommandApi;
import org.liandong.web.api.NewIds;
import org.liandong.web.api.QueryApi;
import org.liandong.web.signin.SignedInUser;
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
 * A department files a field report of any kind through one form. The report's id is chosen when
 * the form is first shown and kept when it comes back refused, so a report sent twice counts once.
 */
@Controller
class ReportForms {

  private final CommandApi commands;
  private final QueryApi queries;

  ReportForms(CommandApi commands, QueryApi queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @GetMapping("/campaigns/{campaignId}/reports/new")
  String form(
      @PathVariable String campaignId,
      @RequestParam(defaultValue = "goods-seizures") String kind,
      SignedInUser user,
      Model model,
      Locale locale) {
    Map<String, String> values = new HashMap<>();
    values.put("reportId", NewIds.of("R-", 13));
    values.put("reportedBy", user == null ? "" : user.name());
    return page(campaignId, kindOf(kind), values, Map.of(), null, model, locale);
  }

  @PostMapping("/campaigns/{campaignId}/reports")
  String file(
      @PathVariable String campaignId,
      @RequestParam Map<String, String> form,
      SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ReportKind kind = kindOf(form.getOrDefault("kind", ""));
    String department = SignedInUser.requireDepartment(user);
    String reportId = form.get("reportId");
    try {
      commands.recordReport(
          campaignId, kind.path(), ReportBody.of(kind, reportId, department, form));
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return page(
          campaignId, kind, form, problem.fieldErrors(), problem.getMessage(), model, locale);
    }
    redirect.addFlashAttribute("done", "report.recorded");
    redirect.addFlashAttribute("doneReport", reportId);
    redirect.addFlashAttribute("doneCampaign", campaignId);
    return "redirect:/workspace";
  }

  private String page(
      String campaignId,
      ReportKind kind,
      Map<String, String> values,
      Map<String, String> errors,
      String problem,
      Model model,
      Locale locale) {
    var campaign = queries.campaign(campaignId);
    model.addAttribute("campaign", campaign);
    model.addAttribute("kinds", ReportKind.all());
    model.addAttribute("form", FormView.of(kind, campaign, locale, values, errors, problem));
    return "reports/new";
  }

  static ReportKind kindOf(String path) {
    return ReportKind.byPath(path)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
