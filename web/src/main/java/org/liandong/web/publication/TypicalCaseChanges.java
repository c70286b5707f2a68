package org.liandong.web.publication;

import java.util.Map;
import org.liandong.model.code.RightType;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.PublicationApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department proposes one of its reports as a typical case (or a returned one again); the office
 * approves a proposed case, which publishes it, or returns it with a reason. A refusal shows the
 * form again with the API's reasons beside the fields (a narrative naming a suspect beside {@code
 * narrative.zh}).
 */
@Controller
class TypicalCaseChanges {

  private final PublicationApi publication;

  TypicalCaseChanges(PublicationApi publication) {
    this.publication = publication;
  }

  /** The proposal form for a report ({@code campaign}, {@code report}) or a returned case. */
  @GetMapping("/typical-cases/new")
  String form(
      @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String report,
      @RequestParam(required = false) String again,
      SignedInUser user,
      Model model) {
    SignedInUser.requireDepartment(user);
    ProposalForm proposal =
        again == null
            ? ProposalForm.of(campaign, report)
            : ProposalForm.again(publication.typicalCase(again));
    return form(model, proposal, Map.of(), null);
  }

  @PostMapping("/typical-cases")
  String propose(
      @ModelAttribute("proposal") ProposalForm proposal,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    try {
      publication.proposeTypicalCase(proposal.typicalCaseId(), proposal.body(department));
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      return form(model, proposal, problem.fieldErrors(), problem.getMessage());
    }
    redirect.addFlashAttribute("done", "typicalCase.proposed");
    redirect.addFlashAttribute("doneReport", proposal.typicalCaseId());
    return "redirect:/typical-cases";
  }

  @PostMapping("/typical-cases/{typicalCaseId}/approval")
  String approve(
      @PathVariable String typicalCaseId,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    SignedInUser.requireOffice(user);
    return decided(
        () -> publication.approveTypicalCase(typicalCaseId),
        typicalCaseId,
        "typicalCase.approved",
        model,
        redirect);
  }

  @PostMapping("/typical-cases/{typicalCaseId}/return")
  String giveBack(
      @PathVariable String typicalCaseId,
      @RequestParam(defaultValue = "") String reason,
      SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    SignedInUser.requireOffice(user);
    return decided(
        () -> publication.returnTypicalCase(typicalCaseId, reason),
        typicalCaseId,
        "typicalCase.returned",
        model,
        redirect);
  }

  /**
   * Sends the office's decision on a proposed case; refused, the case's page shows again with the
   * API's reasons.
   */
  private String decided(
      Runnable decision,
      String typicalCaseId,
      String done,
      Model model,
      RedirectAttributes redirect) {
    try {
      decision.run();
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      model.addAttribute("typical", publication.typicalCase(typicalCaseId));
      model.addAttribute("decisionErrors", problem.fieldErrors());
      model.addAttribute("decisionProblem", problem.getMessage());
      return "typicalcases/case";
    }
    redirect.addFlashAttribute("done", done);
    redirect.addFlashAttribute("doneReport", typicalCaseId);
    return "redirect:/typical-cases/{typicalCaseId}";
  }

  private static String form(
      Model model, ProposalForm proposal, Map<String, String> errors, String problem) {
    model.addAttribute("proposal", proposal);
    model.addAttribute("rights", RightType.values());
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    return "typicalcases/new";
  }
}
