package org.liandong.web.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.web.api.NewIds;
import org.liandong.web.api.TypicalCase;

/**
 * A department's proposal of one of its reports as a typical case. Its id is chosen when the form
 * is first shown, so that sending it twice proposes once; proposed again after a return, it keeps
 * the case's id.
 */
public record ProposalForm(
    String typicalCaseId,
    String campaign,
    String report,
    String right,
    String titleZh,
    String titleEn,
    String narrativeZh,
    String narrativeEn) {

  static ProposalForm of(String campaign, String report) {
    String id = NewIds.of("TC-", 8);
    return new ProposalForm(id, campaign, report, null, null, null, null, null);
  }

  /** The form to propose a returned case again, starting from what was proposed. */
  static ProposalForm again(TypicalCase returned) {
    return new ProposalForm(
        returned.typicalCaseId(),
        returned.campaign(),
        returned.report(),
        returned.right(),
        returned.title().zh(),
        returned.title().en(),
        returned.narrative().zh(),
        returned.narrative().en());
  }

  /** The body of {@code PUT /typical-cases/{id}}, in the name of the user's department. */
  Map<String, Object> body(String department) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("department", department);
    body.put("campaign", campaign);
    body.put("report", report);
    if (right != null && !right.isBlank()) {
      body.put("right", right);
    }
    body.put("title", Texts.of(titleZh, titleEn));
    body.put("narrative", Texts.of(narrativeZh, narrativeEn));
    return body;
  }
}
