package org.liandong.web.cases;

import java.util.Map;
import org.liandong.model.reference.ReferenceData;
import org.liandong.web.api.CaseApi;
import org.liandong.web.api.CaseFile;
import org.liandong.web.api.QueryApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the case pages show, as first drawn and again after a refused change with the API's reasons
 * by field: the list of cases with the new-case form, and a case's page.
 */
@Component
class CaseViews {

  private final CaseApi cases;
  private final QueryApi queries;

  CaseViews(CaseApi cases, QueryApi queries) {
    this.cases = cases;
    this.queries = queries;
  }

  /**
   * A department's cases (held or waiting for it) and its form to open one; every case for a reader
   * of everything, who opens none.
   */
  String list(
      SignedInUser user,
      TransferForm transfer,
      Map<String, String> errors,
      String problem,
      Model model) {
    if (user == null || !(user.departmentUser() || user.readsAll())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("cases", cases.cases(user.departmentUser() ? user.department() : null));
    if (user.departmentUser()) {
      model.addAttribute("campaigns", queries.workspace(user.department()).campaigns());
      model.addAttribute("departments", ReferenceData.instance().departments());
      model.addAttribute("regions", ReferenceData.instance().regions());
      model.addAttribute("transfer", transfer);
      model.addAttribute("errors", errors);
      model.addAttribute("problem", problem);
    }
    return "cases/list";
  }

  String page(CaseFile found, Map<String, String> errors, String problem, Model model) {
    model.addAttribute("caseFile", found);
    model.addAttribute("departments", ReferenceData.instance().departments());
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    return "cases/case";
  }

  /** The case as the user may read it now; 404 if it is not theirs to see. */
  CaseFile found(String caseId) {
    return cases
        .caseFile(caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
