package org.liandong.web.evaluation;

import java.util.Map;
import org.liandong.web.signin.SignedInUser;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form sent from a round's pages, with what answering it takes: the variables of its path (the
 * round, and the region on a scorecard), the signed-in user, the model of the page drawn again if
 * it is refused and the flash attributes of the redirect if it is not. A handler of {@link
 * RoundChanges} takes one ({@link SentForms} resolves it) and names the page that answers.
 */
record SentForm(
    RoundModels models,
    Map<String, String> path,
    SignedInUser user,
    Model model,
    RedirectAttributes redirect) {

  /** The round's page answers. */
  FormPage onRound() {
    String roundId = path.get("roundId");
    return new FormPage(
        refusal -> models.round(roundId, user, model, refusal), "/evaluations/{roundId}", redirect);
  }

  /** The scorecard of the path's region answers. */
  FormPage onScorecard() {
    String roundId = path.get("roundId");
    String region = path.get("region");
    return new FormPage(
        refusal -> models.scorecard(roundId, region, user, model, refusal),
        "/evaluations/{roundId}/regions/{region}",
        redirect);
  }
}
