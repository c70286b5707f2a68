package org.liandong.command.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.liandong.command.ContractConfiguration;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.Figure;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.EvaluatorAssigned;
import org.liandong.model.evaluation.GradeBand;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.IndicatorScored;
import org.liandong.model.evaluation.LeadEvaluatorNamed;
import org.liandong.model.evaluation.ModerationStarted;
import org.liandong.model.evaluation.RoundDrafted;
import org.liandong.model.evaluation.RoundId;
import org.liandong.model.evaluation.RoundOpened;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.ScoringRule;
import org.liandong.model.evaluation.ScoringStarted;
import org.liandong.model.evaluation.Section;

/**
 * An illustrative round for the aggregate's tests: two computed and two assessed indicators, two
 * evaluators for Hebei and Zhejiang, a lead evaluator of its own.
 */
final class EvaluationFixtures {

  static final RoundId ID = new RoundId("EVAL-2020");
  static final RegionCode HEBEI = new RegionCode("13");
  static final RegionCode ZHEJIANG = new RegionCode("33");
  static final RegionCode BEIJING = new RegionCode("11");
  static final RegionCode GUANGDONG = new RegionCode("44");
  static final Actor WANG = new Actor("eval.wang", Role.EVALUATOR, null, null);
  static final Actor LI = new Actor("eval.li", Role.EVALUATOR, null, null);
  static final Actor ZHAO = new Actor("eval.zhao", Role.EVALUATOR, null, null);
  static final Actor HEBEI_OFFICE = new Actor("hebei.office", Role.PROVINCIAL_OFFICE, null, HEBEI);
  static final Instant CUT_OFF = Instant.parse("2021-01-31T16:00:00Z");
  static final Instant NOW = Instant.parse("2021-03-01T04:00:00Z");

  private EvaluationFixtures() {}

  static AggregateTestFixture<EvaluationRound> fixture() {
    AggregateTestFixture<EvaluationRound> fixture =
        new AggregateTestFixture<>(EvaluationRound.class);
    fixture.registerCommandTargetResolver(ContractConfiguration.COMMAND_TARGETS);
    fixture.registerCommandDispatchInterceptor(FixtureActors.senderNamedByCommand());
    return fixture;
  }

  static Scheme scheme(int version) {
    return new Scheme(
        version,
        List.of(
            new Section(
                "A",
                "Results of the crackdown",
                60,
                10,
                List.of(
                    new Indicator(
                        "A1",
                        "Criminal cases filed",
                        IndicatorKind.COMPUTED,
                        30,
                        Figure.CRIMINAL_CASES,
                        ScoringRule.LINEAR_TO_TARGET,
                        100L),
                    new Indicator(
                        "A2",
                        "Suspects arrested",
                        IndicatorKind.COMPUTED,
                        30,
                        Figure.SUSPECTS_ARRESTED,
                        ScoringRule.RANK_AMONG_REGIONS,
                        null))),
            new Section(
                "B",
                "Leadership and mechanisms",
                40,
                5,
                List.of(
                    new Indicator("B1", "Leadership", IndicatorKind.ASSESSED, 20, null, null, null),
                    new Indicator(
                        "B2",
                        "Publicity and training",
                        IndicatorKind.ASSESSED,
                        20,
                        null,
                        null,
                        null)))),
        new BigDecimal("5"),
        List.of(
            new GradeBand("excellent", 90),
            new GradeBand("good", 75),
            new GradeBand("pass", 60),
            new GradeBand("fail", 0)),
        15);
  }

  static RoundDrafted drafted() {
    return new RoundDrafted(ID, 2020, "Evaluation 2020", CUT_OFF, scheme(1));
  }

  /** Drafted, two evaluators for Hebei and Zhejiang, a lead, opened; then {@code more}. */
  static List<Object> open(Object... more) {
    List<Object> history = new ArrayList<>();
    history.add(drafted());
    history.add(new EvaluatorAssigned(ID, "eval.wang", BEIJING, Set.of(HEBEI, ZHEJIANG)));
    history.add(new EvaluatorAssigned(ID, "eval.li", GUANGDONG, Set.of(HEBEI, ZHEJIANG)));
    history.add(new LeadEvaluatorNamed(ID, "eval.zhao"));
    history.add(new RoundOpened(ID));
    history.addAll(Arrays.asList(more));
    return history;
  }

  /** Open and scoring; then {@code more}. */
  static List<Object> scoring(Object... more) {
    List<Object> history = open(new ScoringStarted(ID));
    history.addAll(Arrays.asList(more));
    return history;
  }

  static IndicatorScored scored(RegionCode region, String indicator, String evaluator, int score) {
    return new IndicatorScored(
        ID, region, indicator, evaluator, BigDecimal.valueOf(score), "seen on the visit");
  }

  /**
   * Every assessed indicator of both regions scored by both evaluators, B1 of Hebei 8 apart (over
   * the threshold of 5), and the moderation started; then {@code more}.
   */
  static List<Object> moderation(Object... more) {
    List<Object> history =
        scoring(
            scored(HEBEI, "B1", "eval.wang", 18),
            scored(HEBEI, "B1", "eval.li", 10),
            scored(HEBEI, "B2", "eval.wang", 15),
            scored(HEBEI, "B2", "eval.li", 16),
            scored(ZHEJIANG, "B1", "eval.wang", 12),
            scored(ZHEJIANG, "B1", "eval.li", 13),
            scored(ZHEJIANG, "B2", "eval.wang", 14),
            scored(ZHEJIANG, "B2", "eval.li", 14),
            new ModerationStarted(ID));
    history.addAll(Arrays.asList(more));
    return history;
  }

  static Map<String, ?> by(Actor actor) {
    return FixtureActors.sentBy(actor);
  }

  static LocalDate publishedOn() {
    return LocalDate.of(2021, 3, 1);
  }
}
