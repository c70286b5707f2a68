package org.liandong.web.cases;

import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CaseApi;
import org.liandong.web.api.CaseFile;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department's changes to case files, always in its own name: opening a case by transferring it,
 * handing on one it holds, accepting or returning one that waits for it. A refusal shows the page
 * again with the API's reasons by field.
 */
@Controller
class CaseTransfers {

  private final CaseApi cases;
  private final CaseViews views;

  CaseTransfers(CaseApi cases, CaseViews views) {
    this.cases = cases;
    this.views = views;
  }

  @PostMapping("/cases")
  String open(
      @ModelAttribute("transfer") TransferForm transfer,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    try {
      cases.transfer(transfer.caseId(), TransferForm.transferId(1), transfer.body(department));
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return views.list(user, transfer, problem.fieldErrors(), problem.getMessage(), model);
    }
    redirect.addFlashAttribute("done", "case.transferred");
    redirect.addAttribute("id", transfer.caseId());
    redirect.addAttribute("transferred", "true");
    return "redirect:/cases/{id}";
  }

  /** The holder hands the case on: to another department, with a note; the rest as it stands. */
  @PostMapping("/cases/{caseId}/transfers")
  String handOn(
      @PathVariable String caseId,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String note,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    CaseFile found = views.found(caseId);
    TransferForm onwards =
        new TransferForm(
            caseId,
            to,
            found.region() == null ? null : found.region().code(),
            found.title(),
            found.campaignId(),
            String.join(" ", found.reports()),
            note);
    String transferId = TransferForm.transferId(found.stages().size() + 1);
    return changed(
        () -> cases.transfer(caseId, transferId, onwards.body(department)),
        found,
        "case.transferred",
        model,
        redirect);
  }

  @PostMapping("/cases/{caseId}/transfers/{transferId}/acceptance")
  String accept(
      @PathVariable String caseId,
      @PathVariable String transferId,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    return changed(
        () -> cases.accept(caseId, transferId, department),
        views.found(caseId),
        "case.accepted",
        model,
        redirect);
  }

  @PostMapping("/cases/{caseId}/transfers/{transferId}/return")
  String giveBack(
      @PathVariable String caseId,
      @PathVariable String transferId,
      @RequestParam(defaultValue = "") String reason,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    return changed(
        () -> cases.giveBack(caseId, transferId, department, reason),
        views.found(caseId),
        "case.returned",
        model,
        redirect);
  }

  private String changed(
      Runnable change, CaseFile found, String message, Model model, RedirectAttributes redirect) {
    try {
      change.run();
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return views.page(found, problem.fieldErrors(), problem.getMessage(), model);
    }
    redirect.addFlashAttribute("done", message);
    redirect.addAttribute("id", found.caseId());
    return "redirect:/cases/{id}";
  }
}
