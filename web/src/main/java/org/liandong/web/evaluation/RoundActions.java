package org.liandong.web.evaluation;

import java.util.EnumSet;
import java.util.Set;
import org.liandong.model.access.Role;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.web.api.EvaluationRound;
import org.liandong.web.signin.SignedInUser;

/**
 * What the signed-in user is offered on a round, so that the pages hide what the role cannot do in
 * the round's phase; the command side decides again and refuses the rest.
 *
 * @param nextPhase the phase the user may move the round on to, null when none
 * @param ownRegion the region of a provincial office, null for other roles
 */
record RoundActions(
    boolean assigns,
    boolean namesLead,
    RoundPhase nextPhase,
    boolean moderates,
    boolean deducts,
    boolean decidesAppeals,
    boolean scores,
    String ownRegion,
    boolean selfAssesses,
    boolean appeals) {

  /** The phases the office moves a round to; the lead evaluator moves it to the others. */
  private static final Set<RoundPhase> OFFICE_MOVES =
      EnumSet.of(RoundPhase.OPEN, RoundPhase.SCORING);

  static RoundActions of(SignedInUser user, EvaluationRound round) {
    RoundPhase phase = RoundPhase.valueOf(round.phase());
    Role role = user == null ? null : user.role();
    boolean office = role == Role.OFFICE;
    boolean evaluator = role == Role.EVALUATOR;
    boolean lead = evaluator && user.name().equals(round.lead());
    RoundPhase next =
        phase == RoundPhase.PUBLISHED ? null : RoundPhase.values()[phase.ordinal() + 1];
    boolean moves =
        next != null && (OFFICE_MOVES.contains(next) ? office : lead && round.lead() != null);
    String ownRegion = role == Role.PROVINCIAL_OFFICE ? user.region() : null;
    return new RoundActions(
        office && (phase == RoundPhase.DRAFT || phase == RoundPhase.OPEN),
        office,
        moves ? next : null,
        lead && phase == RoundPhase.MODERATION,
        lead && (phase == RoundPhase.SCORING || phase == RoundPhase.MODERATION),
        lead && phase == RoundPhase.PUBLISHED,
        evaluator,
        ownRegion,
        ownRegion != null && phase == RoundPhase.OPEN,
        ownRegion != null && phase == RoundPhase.PUBLISHED);
  }

  /** Whether the lead evaluator's section of the round's page shows. */
  public boolean leads() {
    return moderates || deducts || decidesAppeals;
  }

  /** Whether the user is the office of this region. */
  public boolean officeOf(String region) {
    return region != null && region.equals(ownRegion);
  }
}
