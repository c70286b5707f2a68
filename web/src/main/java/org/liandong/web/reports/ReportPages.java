package org.liandong.web.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CommandApi;
import org.liandong.web.api.LedgerPage;
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
 * The reports behind a figure (the query side's ledger, within what the reader may see), one
 * report's page and its correction by the department that made it.
 */
@Controller
class ReportPages {

  /** The ledger's filters a figure's link may carry. */
  private static final List<String> FILTERS =
      List.of("department", "region", "category", "kind", "occurredFrom", "occurredTo");

  private final CommandApi commands;
  private final QueryApi queries;

  ReportPages(CommandApi commands, QueryApi queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @GetMapping("/campaigns/{campaignId}/reports")
  String ledger(
      @PathVariable String campaignId,
      @RequestParam Map<String, String> query,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Map<String, String> filters = new LinkedHashMap<>();
    FILTERS.stream()
        .filter(name -> query.get(name) != null && !query.get(name).isBlank())
        .forEach(name -> filters.put(name, query.get(name)));
    model.addAttribute("campaign", queries.campaign(campaignId));
    model.addAttribute("filters", filters);
    model.addAttribute("reports", queries.reports(campaignId, filters, Math.max(page, 0)));
    return "reports/ledger";
  }

  @GetMapping("/campaigns/{campaignId}/reports/{reportId}")
  String report(
      @PathVariable String campaignId,
      @PathVariable String reportId,
      SignedInUser user,
      Model model,
      Locale locale) {
    LedgerPage.Entry report = found(campaignId, reportId);
    return page(report, user, ReportBody.valuesOf(report.report()), Map.of(), null, model, locale);
  }

  @PostMapping("/campaigns/{campaignId}/reports/{reportId}/correction")
  String correct(
      @PathVariable String campaignId,
      @PathVariable String reportId,
      @RequestParam Map<String, String> form,
      SignedInUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    LedgerPage.Entry report = found(campaignId, reportId);
    if (user == null || !user.owns(report.department())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    ReportKind kind = kindOf(report);
    Map<String, Object> body = ReportBody.of(kind, reportId, report.department(), form);
    body.put("reason", form.getOrDefault("reason", ""));
    try {
      commands.correctReport(campaignId, kind.path(), reportId, body);
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return page(report, user, form, problem.fieldErrors(), problem.getMessage(), model, locale);
    }
    redirect.addFlashAttribute("done", "report.corrected");
    redirect.addFlashAttribute("doneReport", reportId);
    redirect.addFlashAttribute("doneCampaign", campaignId);
    return "redirect:/workspace";
  }

  private String page(
      LedgerPage.Entry report,
      SignedInUser user,
      Map<String, String> values,
      Map<String, String> errors,
      String problem,
      Model model,
      Locale locale) {
    var campaign = queries.campaign(report.campaignId());
    model.addAttribute("campaign", campaign);
    model.addAttribute("report", report);
    if (user != null && user.owns(report.department()) && !report.retracted()) {
      model.addAttribute(
          "form", FormView.of(kindOf(report), campaign, locale, values, errors, problem));
    }
    return "reports/report";
  }

  /** The report, if the reader may see it; 404 otherwise, as the query side answers. */
  private LedgerPage.Entry found(String campaignId, String reportId) {
    return queries
        .report(campaignId, reportId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static ReportKind kindOf(LedgerPage.Entry report) {
    return ReportKind.byEvent(report.kind())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
