package org.liandong.command.evaluation;

import static org.liandong.command.evaluation.EvaluationFixtures.BEIJING;
import static org.liandong.command.evaluation.EvaluationFixtures.CUT_OFF;
import static org.liandong.command.evaluation.EvaluationFixtures.GUANGDONG;
import static org.liandong.command.evaluation.EvaluationFixtures.HEBEI;
import static org.liandong.command.evaluation.EvaluationFixtures.HEBEI_OFFICE;
import static org.liandong.command.evaluation.EvaluationFixtures.ID;
import static org.liandong.command.evaluation.EvaluationFixtures.LI;
import static org.liandong.command.evaluation.EvaluationFixtures.NOW;
import static org.liandong.command.evaluation.EvaluationFixtures.WANG;
import static org.liandong.command.evaluation.EvaluationFixtures.ZHAO;
import static org.liandong.command.evaluation.EvaluationFixtures.ZHEJIANG;
import static org.liandong.command.evaluation.EvaluationFixtures.by;
import static org.liandong.command.evaluation.EvaluationFixtures.drafted;
import static org.liandong.command.evaluation.EvaluationFixtures.moderation;
import static org.liandong.command.evaluation.EvaluationFixtures.open;
import static org.liandong.command.evaluation.EvaluationFixtures.publishedOn;
import static org.liandong.command.evaluation.EvaluationFixtures.scheme;
import static org.liandong.command.evaluation.EvaluationFixtures.scored;
import static org.liandong.command.evaluation.EvaluationFixtures.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.evaluation.AppealDecided;
import org.liandong.model.evaluation.AppealDecision;
import org.liandong.model.evaluation.AppealLodged;
import org.liandong.model.evaluation.AssignEvaluatorCommand;
import org.liandong.model.evaluation.DecideAppealCommand;
import org.liandong.model.evaluation.DeductionMade;
import org.liandong.model.evaluation.DraftRoundCommand;
import org.liandong.model.evaluation.EvaluatorAssigned;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorScored;
import org.liandong.model.evaluation.LeadEvaluatorNamed;
import org.liandong.model.evaluation.LodgeAppealCommand;
import org.liandong.model.evaluation.MakeDeductionCommand;
import org.liandong.model.evaluation.ModerationStarted;
import org.liandong.model.evaluation.NameLeadEvaluatorCommand;
import org.liandong.model.evaluation.Normalisation;
import org.liandong.model.evaluation.OpenRoundCommand;
import org.liandong.model.evaluation.PublishResultsCommand;
import org.liandong.model.evaluation.ResultsPublished;
import org.liandong.model.evaluation.ReviseSchemeCommand;
import org.liandong.model.evaluation.RoundDrafted;
import org.liandong.model.evaluation.RoundOpened;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.SchemeRevised;
import org.liandong.model.evaluation.ScoreIndicatorCommand;
import org.liandong.model.evaluation.ScoreSettled;
import org.liandong.model.evaluation.Section;
import org.liandong.model.evaluation.SettleScoreCommand;
import org.liandong.model.evaluation.StartModerationCommand;
import org.liandong.model.evaluation.SubmitSelfAssessmentCommand;

@DisplayName("Evaluation round aggregate")
class EvaluationRoundTest {

  private final AggregateTestFixture<EvaluationRound> fixture = EvaluationFixtures.fixture();

  private static ScoreIndicatorCommand score(String indicator, int points) {
    return new ScoreIndicatorCommand(
        ID, HEBEI, indicator, BigDecimal.valueOf(points), "seen on the visit");
  }

  @Nested
  @DisplayName("drafting")
  class Drafting {

    private final DraftRoundCommand draft =
        new DraftRoundCommand(ID, 2020, "Evaluation 2020", CUT_OFF, scheme(1));

    @Test
    @DisplayName("the office drafts a round; the same draft again changes nothing")
    void draft() {
      fixture.givenNoPriorActivity().when(draft).expectEvents(drafted());
      fixture
          .given(drafted())
          .when(draft)
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    @DisplayName("the same id with another scheme is a conflict")
    void conflict() {
      fixture
          .given(drafted())
          .when(new DraftRoundCommand(ID, 2020, "Evaluation 2020", CUT_OFF, scheme(2)))
          .expectException(RuleViolation.class)
          .expectNoEvents();
    }

    @Test
    @DisplayName("only the office drafts")
    void onlyOffice() {
      fixture
          .givenNoPriorActivity()
          .when(draft, by(WANG))
          .expectException(AccessRefusedException.class);
    }

    @Test
    @DisplayName("a revised scheme needs a higher version, and only in draft")
    void revise() {
      fixture
          .given(drafted())
          .when(new ReviseSchemeCommand(ID, scheme(2)))
          .expectEvents(new SchemeRevised(ID, scheme(2)));
      fixture
          .given(drafted(), new SchemeRevised(ID, scheme(3)))
          .when(new ReviseSchemeCommand(ID, scheme(2)))
          .expectException(RuleViolation.class);
      fixture
          .given(open())
          .when(new ReviseSchemeCommand(ID, scheme(2)))
          .expectException(RuleViolation.class);
    }

    @Test
    @DisplayName("a revision setting figures against the regions' size needs that year's figures")
    void reviseNormalised() {
      Scheme perCapita = perCapita(scheme(2));
      fixture
          .given(drafted())
          .when(new ReviseSchemeCommand(ID, perCapita))
          .expectEvents(new SchemeRevised(ID, perCapita));
      fixture
          .given(new RoundDrafted(ID, 2019, "Evaluation 2019", CUT_OFF, scheme(1)))
          .when(new ReviseSchemeCommand(ID, perCapita))
          .expectException(RuleViolation.class);
    }
  }

  /** The scheme with its first computed indicator counted per million residents. */
  private static Scheme perCapita(Scheme scheme) {
    Section results = scheme.sections().get(0);
    Indicator first = results.indicators().get(0);
    Indicator perMillion =
        new Indicator(
            first.code(),
            first.title(),
            first.kind(),
            first.points(),
            first.figure(),
            first.rule(),
            first.target(),
            first.bands(),
            Normalisation.PER_MILLION_RESIDENTS,
            null);
    List<Indicator> indicators = new ArrayList<>(results.indicators());
    indicators.set(0, perMillion);
    List<Section> sections = new ArrayList<>(scheme.sections());
    sections.set(
        0,
        new Section(
            results.code(), results.title(), results.points(), results.maxDeduction(), indicators));
    return new Scheme(
        scheme.version(), sections, scheme.flagThreshold(), scheme.grades(), scheme.appealDays());
  }

  @Nested
  @DisplayName("evaluators")
  class Evaluators {

    @Test
    @DisplayName("nobody is assigned their own region")
    void ownRegion() {
      fixture
          .given(drafted())
          .when(new AssignEvaluatorCommand(ID, "eval.wang", HEBEI, Set.of(HEBEI, ZHEJIANG)))
          .expectException(RuleViolation.class)
          .expectNoEvents();
    }

    @Test
    @DisplayName("a round opens with a lead and two evaluators for every region")
    void twoPerRegion() {
      fixture
          .given(
              drafted(),
              new EvaluatorAssigned(ID, "eval.wang", BEIJING, Set.of(HEBEI, ZHEJIANG)),
              new EvaluatorAssigned(ID, "eval.li", GUANGDONG, Set.of(HEBEI)),
              new LeadEvaluatorNamed(ID, "eval.zhao"))
          .when(new OpenRoundCommand(ID))
          .expectException(RuleViolation.class);
      fixture
          .given(
              drafted(),
              new EvaluatorAssigned(ID, "eval.wang", BEIJING, Set.of(HEBEI)),
              new EvaluatorAssigned(ID, "eval.li", GUANGDONG, Set.of(HEBEI)))
          .when(new OpenRoundCommand(ID))
          .expectException(RuleViolation.class);
      fixture
          .given(
              drafted(),
              new EvaluatorAssigned(ID, "eval.wang", BEIJING, Set.of(HEBEI)),
              new EvaluatorAssigned(ID, "eval.li", GUANGDONG, Set.of(HEBEI)),
              new LeadEvaluatorNamed(ID, "eval.zhao"))
          .when(new OpenRoundCommand(ID))
          .expectEvents(new RoundOpened(ID));
    }
  }

  @Nested
  @DisplayName("self-assessment")
  class SelfAssessment {

    @Test
    @DisplayName("a region's office submits its own, not another region's")
    void ownRegionOnly() {
      fixture
          .given(open())
          .when(
              new SubmitSelfAssessmentCommand(ID, HEBEI, "Joint law enforcement mechanism set up"),
              by(HEBEI_OFFICE))
          .expectSuccessfulHandlerExecution();
      fixture
          .given(open())
          .when(new SubmitSelfAssessmentCommand(ID, ZHEJIANG, "Not ours to say"), by(HEBEI_OFFICE))
          .expectException(AccessRefusedException.class);
    }
  }

  @Nested
  @DisplayName("scoring")
  class Scoring {

    @Test
    @DisplayName(
        "an assigned evaluator scores an assessed indicator; the same again changes nothing")
    void scoreOnce() {
      fixture
          .given(scoring())
          .when(score("B1", 18), by(WANG))
          .expectEvents(scored(HEBEI, "B1", "eval.wang", 18));
      fixture
          .given(scoring(scored(HEBEI, "B1", "eval.wang", 18)))
          .when(score("B1", 18), by(WANG))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    @DisplayName("an evaluator not assigned to the region is refused")
    void notAssigned() {
      fixture
          .given(scoring())
          .when(score("B1", 18), by(ZHAO))
          .expectException(AccessRefusedException.class);
    }

    @Test
    @DisplayName("a computed indicator is not scored, and no score is above its points")
    void assessedOnly() {
      fixture.given(scoring()).when(score("A1", 10), by(WANG)).expectException(RuleViolation.class);
      fixture.given(scoring()).when(score("B1", 21), by(WANG)).expectException(RuleViolation.class);
    }

    @Test
    @DisplayName("no scores before the scoring starts")
    void notYet() {
      fixture.given(open()).when(score("B1", 18), by(WANG)).expectException(RuleViolation.class);
    }
  }

  @Nested
  @DisplayName("moderation and publication")
  class Moderation {

    @Test
    @DisplayName("moderation needs two scores of each assessed indicator of each region")
    void twoScores() {
      fixture
          .given(scoring(scored(HEBEI, "B1", "eval.wang", 18), scored(HEBEI, "B1", "eval.li", 17)))
          .when(new StartModerationCommand(ID), by(ZHAO))
          .expectException(RuleViolation.class);
      fixture
          .given(moderation().subList(0, moderation().size() - 1))
          .when(new StartModerationCommand(ID), by(ZHAO))
          .expectEvents(new ModerationStarted(ID));
    }

    @Test
    @DisplayName("only the lead evaluator moderates")
    void leadOnly() {
      fixture
          .given(moderation().subList(0, moderation().size() - 1))
          .when(new StartModerationCommand(ID), by(WANG))
          .expectException(AccessRefusedException.class);
    }

    @Test
    @DisplayName("scores further apart than the threshold are settled before publication")
    void flagged() {
      fixture
          .given(moderation())
          .andGivenCurrentTime(NOW)
          .when(new PublishResultsCommand(ID), by(ZHAO))
          .expectException(RuleViolation.class);
      SettleScoreCommand settle =
          new SettleScoreCommand(ID, HEBEI, "B1", new BigDecimal("15"), "the visit's notes");
      fixture
          .given(moderation())
          .when(settle, by(ZHAO))
          .expectEvents(
              new ScoreSettled(ID, HEBEI, "B1", new BigDecimal("15"), "the visit's notes"));
      fixture
          .given(moderation(new ScoreSettled(ID, HEBEI, "B1", new BigDecimal("15"), "notes")))
          .andGivenCurrentTime(NOW)
          .when(new PublishResultsCommand(ID), by(ZHAO))
          .expectEvents(new ResultsPublished(ID, publishedOn()));
    }

    @Test
    @DisplayName("results are published only once the cut-off has passed")
    void afterCutOff() {
      fixture
          .given(moderation(new ScoreSettled(ID, HEBEI, "B1", new BigDecimal("15"), "notes")))
          .andGivenCurrentTime(CUT_OFF.minusSeconds(60))
          .when(new PublishResultsCommand(ID), by(ZHAO))
          .expectException(RuleViolation.class);
    }

    @Test
    @DisplayName("a published round is frozen: no more scores or settlements")
    void frozen() {
      Object published = new ResultsPublished(ID, publishedOn());
      fixture
          .given(moderation(new ScoreSettled(ID, HEBEI, "B1", BigDecimal.TEN, "notes"), published))
          .when(new SettleScoreCommand(ID, HEBEI, "B2", BigDecimal.TEN, "late"), by(ZHAO))
          .expectException(RuleViolation.class);
      fixture
          .given(moderation(new ScoreSettled(ID, HEBEI, "B1", BigDecimal.TEN, "notes"), published))
          .when(score("B2", 3), by(WANG))
          .expectException(RuleViolation.class);
    }

    @Test
    @DisplayName("deductions from a section stay within its limit")
    void deductionLimit() {
      MakeDeductionCommand deduct =
          new MakeDeductionCommand(ID, "D-1", HEBEI, "B", new BigDecimal("4"), "overdue task");
      fixture
          .given(moderation())
          .when(deduct, by(ZHAO))
          .expectEvents(
              new DeductionMade(ID, "D-1", HEBEI, "B", new BigDecimal("4"), "overdue task"));
      fixture
          .given(
              moderation(
                  new DeductionMade(ID, "D-1", HEBEI, "B", new BigDecimal("4"), "overdue task")))
          .when(
              new MakeDeductionCommand(
                  ID, "D-2", HEBEI, "B", new BigDecimal("2"), "a case returned"),
              by(ZHAO))
          .expectException(RuleViolation.class);
      fixture
          .given(
              moderation(
                  new DeductionMade(ID, "D-1", HEBEI, "B", new BigDecimal("4"), "overdue task")))
          .when(deduct, by(ZHAO))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED);
    }
  }

  @Nested
  @DisplayName("appeals")
  class Appeals {

    private final Object published = new ResultsPublished(ID, publishedOn());
    private final Object settled = new ScoreSettled(ID, HEBEI, "B1", BigDecimal.TEN, "notes");
    private final LodgeAppealCommand appeal =
        new LodgeAppealCommand(ID, HEBEI, "B1", "the training records were not read");

    @Test
    @DisplayName("a region appeals within the window, and only its own")
    void window() {
      fixture
          .given(moderation(settled, published))
          .andGivenCurrentTime(NOW.plus(java.time.Duration.ofDays(15)))
          .when(appeal, by(HEBEI_OFFICE))
          .expectEvents(new AppealLodged(ID, HEBEI, "B1", "the training records were not read"));
      fixture
          .given(moderation(settled, published))
          .andGivenCurrentTime(NOW.plus(java.time.Duration.ofDays(16)))
          .when(appeal, by(HEBEI_OFFICE))
          .expectException(RuleViolation.class);
      fixture
          .given(moderation(settled, published))
          .andGivenCurrentTime(NOW)
          .when(new LodgeAppealCommand(ID, ZHEJIANG, "B1", "not ours"), by(HEBEI_OFFICE))
          .expectException(AccessRefusedException.class);
    }

    @Test
    @DisplayName("the lead evaluator amends an appealed score, once")
    void amend() {
      Object lodged = new AppealLodged(ID, HEBEI, "B1", "the training records were not read");
      DecideAppealCommand amend =
          new DecideAppealCommand(
              ID, HEBEI, "B1", AppealDecision.AMENDED, new BigDecimal("16"), "records read");
      fixture
          .given(moderation(settled, published, lodged))
          .when(amend, by(ZHAO))
          .expectEvents(
              new AppealDecided(
                  ID, HEBEI, "B1", AppealDecision.AMENDED, new BigDecimal("16"), "records read"));
      fixture
          .given(
              moderation(
                  settled,
                  published,
                  lodged,
                  new AppealDecided(
                      ID,
                      HEBEI,
                      "B1",
                      AppealDecision.AMENDED,
                      new BigDecimal("16"),
                      "records read")))
          .when(
              new DecideAppealCommand(
                  ID, HEBEI, "B1", AppealDecision.UPHELD, null, "second thoughts"),
              by(ZHAO))
          .expectException(RuleViolation.class);
    }
  }

  @Nested
  @DisplayName("the lead evaluator never acts on their home region")
  class LeadHomeRegion {

    /** eval.zhao, the lead, is of Hebei and scores Zhejiang. */
    private final Object zhaoOfHebei =
        new EvaluatorAssigned(ID, "eval.zhao", HEBEI, Set.of(ZHEJIANG));

    @Test
    @DisplayName("no settlement, deduction or appeal decision in it; another lead takes it over")
    void refused() {
      fixture
          .given(moderation(zhaoOfHebei))
          .when(new SettleScoreCommand(ID, HEBEI, "B1", BigDecimal.TEN, "notes"), by(ZHAO))
          .expectException(AccessRefusedException.class);
      fixture
          .given(moderation(zhaoOfHebei))
          .when(
              new MakeDeductionCommand(ID, "D-1", HEBEI, "B", BigDecimal.ONE, "an overdue task"),
              by(ZHAO))
          .expectException(AccessRefusedException.class);
      fixture
          .given(moderation(zhaoOfHebei, new LeadEvaluatorNamed(ID, "eval.li")))
          .when(new SettleScoreCommand(ID, HEBEI, "B1", BigDecimal.TEN, "notes"), by(LI))
          .expectEvents(new ScoreSettled(ID, HEBEI, "B1", BigDecimal.TEN, "notes"));
    }

    @Test
    @DisplayName("an appeal of the lead's home region goes to a lead named after publication")
    void appeal() {
      Object settled = new ScoreSettled(ID, HEBEI, "B1", BigDecimal.TEN, "notes");
      Object published = new ResultsPublished(ID, publishedOn());
      Object lodged = new AppealLodged(ID, HEBEI, "B2", "the training records were not read");
      DecideAppealCommand upheld =
          new DecideAppealCommand(ID, HEBEI, "B2", AppealDecision.UPHELD, null, "as scored");
      fixture
          .given(moderation(zhaoOfHebei, settled, published, lodged))
          .when(upheld, by(ZHAO))
          .expectException(AccessRefusedException.class);
      fixture
          .given(moderation(zhaoOfHebei, settled, published, lodged))
          .when(new NameLeadEvaluatorCommand(ID, "eval.wang"))
          .expectEvents(new LeadEvaluatorNamed(ID, "eval.wang"));
      fixture
          .given(
              moderation(
                  zhaoOfHebei, settled, published, lodged, new LeadEvaluatorNamed(ID, "eval.li")))
          .when(upheld, by(LI))
          .expectEvents(
              new AppealDecided(ID, HEBEI, "B2", AppealDecision.UPHELD, null, "as scored"));
    }
  }

  @Test
  @DisplayName("a score of an evaluator replaces their earlier one")
  void rescore() {
    fixture
        .given(scoring(scored(HEBEI, "B1", "eval.li", 12)))
        .when(score("B1", 14), by(LI))
        .expectEvents(
            new IndicatorScored(
                ID, HEBEI, "B1", "eval.li", BigDecimal.valueOf(14), "seen on the visit"));
  }
}
