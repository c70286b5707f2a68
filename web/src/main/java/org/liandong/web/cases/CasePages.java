package org.liandong.web.cases;

import java.util.Map;
import org.liandong.web.api.CaseApi;
import org.liandong.web.api.CaseFile;
import org.liandong.web.signin.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The list of cases and a case's page. */
@Controller
class CasePages {

  private final CaseApi cases;
  private final CaseViews views;

  CasePages(CaseApi cases, CaseViews views) {
    this.cases = cases;
    this.views = views;
  }

  @GetMapping("/cases")
  String list(SignedInUser user, Model model) {
    return views.list(user, TransferForm.blank(), Map.of(), null, model);
  }

  /**
   * A case's page. Just after it was opened ({@code ?transferred}) the query side may not have it
   * yet: the page then waits for it rather than answering that it does not exist.
   */
  @GetMapping("/cases/{caseId}")
  String caseFile(
      @PathVariable String caseId,
      @RequestParam(required = false) String transferred,
      Model model) {
    CaseFile found = cases.caseFile(caseId).orElse(null);
    if (found != null) {
      return views.page(found, Map.of(), null, model);
    }
    if (transferred == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("pendingTitle", "case.pending");
    model.addAttribute("pendingText", "case.pendingText");
    model.addAttribute("pendingId", caseId);
    return "pending";
  }
}
