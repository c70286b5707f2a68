package org.liandong.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.access.Role;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.web.api.EvaluationRound;
import org.liandong.web.signin.SignedInUser;

@DisplayName("What a round's pages offer")
class RoundActionsTest {

  private static final SignedInUser OFFICE = new SignedInUser("office", Role.OFFICE, null, null);
  private static final SignedInUser LEAD =
      new SignedInUser("eval.zhao", Role.EVALUATOR, null, null);
  private static final SignedInUser EVALUATOR =
      new SignedInUser("eval.wang", Role.EVALUATOR, null, null);
  private static final SignedInUser HEBEI =
      new SignedInUser("hebei.office", Role.PROVINCIAL_OFFICE, null, "13");
  private static final SignedInUser AUDITOR = new SignedInUser("auditor", Role.AUDITOR, null, null);

  private static EvaluationRound in(RoundPhase phase) {
    return new EvaluationRound(
        "EVAL-2020", 2020, "t", null, phase.name(), 1, null, "eval.zhao", null, List.of());
  }

  @Test
  @DisplayName("the office moves a round to OPEN and SCORING and assigns before the scoring")
  void office() {
    assertThat(RoundActions.of(OFFICE, in(RoundPhase.DRAFT)).nextPhase())
        .isEqualTo(RoundPhase.OPEN);
    assertThat(RoundActions.of(OFFICE, in(RoundPhase.OPEN)).nextPhase())
        .isEqualTo(RoundPhase.SCORING);
    assertThat(RoundActions.of(OFFICE, in(RoundPhase.OPEN)).assigns()).isTrue();
    assertThat(RoundActions.of(OFFICE, in(RoundPhase.SCORING)).assigns()).isFalse();
    assertThat(RoundActions.of(OFFICE, in(RoundPhase.SCORING)).nextPhase()).isNull();
    assertThat(RoundActions.of(OFFICE, in(RoundPhase.SCORING)).leads()).isFalse();
  }

  @Test
  @DisplayName("the round's lead alone moderates, deducts, publishes and decides appeals")
  void lead() {
    RoundActions scoring = RoundActions.of(LEAD, in(RoundPhase.SCORING));
    assertThat(scoring.nextPhase()).isEqualTo(RoundPhase.MODERATION);
    assertThat(scoring.deducts()).isTrue();
    assertThat(scoring.moderates()).isFalse();
    RoundActions moderation = RoundActions.of(LEAD, in(RoundPhase.MODERATION));
    assertThat(moderation.nextPhase()).isEqualTo(RoundPhase.PUBLISHED);
    assertThat(moderation.moderates()).isTrue();
    assertThat(RoundActions.of(LEAD, in(RoundPhase.PUBLISHED)).decidesAppeals()).isTrue();
    assertThat(RoundActions.of(LEAD, in(RoundPhase.DRAFT)).nextPhase()).isNull();

    RoundActions other = RoundActions.of(EVALUATOR, in(RoundPhase.MODERATION));
    assertThat(other.nextPhase()).isNull();
    assertThat(other.leads()).isFalse();
    assertThat(other.scores()).isTrue();
  }

  @Test
  @DisplayName("a provincial office assesses itself while open and appeals once published")
  void provincialOffice() {
    RoundActions open = RoundActions.of(HEBEI, in(RoundPhase.OPEN));
    assertThat(open.selfAssesses()).isTrue();
    assertThat(open.officeOf("13")).isTrue();
    assertThat(open.officeOf("33")).isFalse();
    assertThat(open.appeals()).isFalse();
    assertThat(RoundActions.of(HEBEI, in(RoundPhase.PUBLISHED)).appeals()).isTrue();
    assertThat(open.nextPhase()).isNull();
  }

  @Test
  @DisplayName("an auditor is offered nothing")
  void auditor() {
    RoundActions actions = RoundActions.of(AUDITOR, in(RoundPhase.MODERATION));
    assertThat(actions)
        .isEqualTo(
            new RoundActions(false, false, null, false, false, false, false, null, false, false));
  }
}
