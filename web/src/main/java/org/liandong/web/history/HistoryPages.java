package org.liandong.web.history;

import org.liandong.web.api.HistoryApi;
import org.liandong.web.api.HistoryPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A campaign's or a case's history, oldest first, a page at a time: each event with when it was
 * recorded and who caused it, in which role, department and region. The query side shows it to the
 * office, evaluators and auditors only, and answers others 403.
 */
@Controller
class HistoryPages {

  private final HistoryApi histories;

  HistoryPages(HistoryApi histories) {
    this.histories = histories;
  }

  @GetMapping("/campaigns/{campaignId}/history")
  String campaign(
      @PathVariable String campaignId, @RequestParam(defaultValue = "0") int page, Model model) {
    return page(
        "history.ofCampaign",
        "/campaigns/" + campaignId,
        histories.campaign(campaignId, Math.max(page, 0)),
        model);
  }

  @GetMapping("/cases/{caseId}/history")
  String caseFile(
      @PathVariable String caseId, @RequestParam(defaultValue = "0") int page, Model model) {
    return page(
        "history.ofCase", "/cases/" + caseId, histories.caseFile(caseId, Math.max(page, 0)), model);
  }

  private static String page(String heading, String subjectPath, HistoryPage page, Model model) {
    model.addAttribute("heading", heading);
    model.addAttribute("subjectPath", subjectPath);
    model.addAttribute("history", page);
    return "history";
  }
}
