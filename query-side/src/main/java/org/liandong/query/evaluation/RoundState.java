package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.AppealDecided;
import org.liandong.model.evaluation.AppealDecision;
import org.liandong.model.evaluation.AppealLodged;
import org.liandong.model.evaluation.DeductionMade;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.model.evaluation.EvaluatorAssigned;
import org.liandong.model.evaluation.IndicatorScored;
import org.liandong.model.evaluation.LeadEvaluatorNamed;
import org.liandong.model.evaluation.ModerationStarted;
import org.liandong.model.evaluation.ResultsPublished;
import org.liandong.model.evaluation.RoundDrafted;
import org.liandong.model.evaluation.RoundId;
import org.liandong.model.evaluation.RoundOpened;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.SchemeRevised;
import org.liandong.model.evaluation.ScoreSettled;
import org.liandong.model.evaluation.ScoringStarted;
import org.liandong.model.evaluation.SelfAssessmentSubmitted;

/** A round as its history has it, folded in order: the inputs its results are computed from. */
final class RoundState {

  /** An evaluator's score and why. */
  record EvaluatorScore(String evaluator, BigDecimal score, String justification) {}

  /** The lead evaluator's score in place of the evaluators' mean, and why. */
  record Settlement(BigDecimal score, String reason) {}

  /** A region's appeal of an indicator and, once decided, what was decided. */
  record Appeal(String reason, AppealDecision decision, BigDecimal score, String decisionReason) {}

  RoundId roundId;
  int year;
  String title;
  Instant cutOff;
  Scheme scheme;
  RoundPhase phase = RoundPhase.DRAFT;
  String lead;
  LocalDate publishedOn;
  final Map<String, Set<RegionCode>> evaluators = new TreeMap<>();
  final Map<String, String> selfAssessments = new TreeMap<>();
  final Map<String, Map<String, EvaluatorScore>> scores = new LinkedHashMap<>();
  final Map<String, Settlement> settled = new LinkedHashMap<>();
  final Map<String, BigDecimal> deducted = new LinkedHashMap<>();
  final Map<String, Appeal> appeals = new LinkedHashMap<>();

  static RoundState of(List<EvaluationEvent> history) {
    RoundState round = new RoundState();
    history.forEach(round::apply);
    return round;
  }

  /** The same inputs under another scheme. */
  RoundState under(Scheme other) {
    RoundState copy = new RoundState();
    copy.roundId = roundId;
    copy.year = year;
    copy.title = title;
    copy.cutOff = cutOff;
    copy.scheme = other;
    copy.phase = phase;
    copy.lead = lead;
    copy.publishedOn = publishedOn;
    copy.evaluators.putAll(evaluators);
    copy.selfAssessments.putAll(selfAssessments);
    copy.scores.putAll(scores);
    copy.settled.putAll(settled);
    copy.deducted.putAll(deducted);
    copy.appeals.putAll(appeals);
    return copy;
  }

  /** The regions some evaluator scores, in code order. */
  Set<String> regionsEvaluated() {
    Set<String> regions = new TreeSet<>();
    evaluators.values().forEach(assigned -> assigned.forEach(r -> regions.add(r.value())));
    return regions;
  }

  static String key(String region, String code) {
    return region + "/" + code;
  }

  private void apply(EvaluationEvent event) {
    if (event instanceof RoundDrafted drafted) {
      roundId = drafted.roundId();
      year = drafted.year();
      title = drafted.title();
      cutOff = drafted.cutOff();
      scheme = drafted.scheme();
    } else if (event instanceof SchemeRevised revised) {
      scheme = revised.scheme();
    } else if (event instanceof EvaluatorAssigned assigned) {
      evaluators.put(assigned.evaluator(), assigned.regions());
    } else if (event instanceof LeadEvaluatorNamed named) {
      lead = named.evaluator();
    } else if (event instanceof RoundOpened) {
      phase = RoundPhase.OPEN;
    } else if (event instanceof ScoringStarted) {
      phase = RoundPhase.SCORING;
    } else if (event instanceof ModerationStarted) {
      phase = RoundPhase.MODERATION;
    } else if (event instanceof ResultsPublished published) {
      phase = RoundPhase.PUBLISHED;
      publishedOn = published.publishedOn();
    } else {
      applyScoring(event);
    }
  }

  private void applyScoring(EvaluationEvent event) {
    if (event instanceof SelfAssessmentSubmitted assessment) {
      selfAssessments.put(assessment.region().value(), assessment.text());
    } else if (event instanceof IndicatorScored scored) {
      scores
          .computeIfAbsent(key(scored.region().value(), scored.indicator()), k -> new TreeMap<>())
          .put(
              scored.evaluator(),
              new EvaluatorScore(scored.evaluator(), scored.score(), scored.justification()));
    } else if (event instanceof ScoreSettled settlement) {
      settled.put(
          key(settlement.region().value(), settlement.indicator()),
          new Settlement(settlement.score(), settlement.reason()));
    } else if (event instanceof DeductionMade deduction) {
      deducted.merge(
          key(deduction.region().value(), deduction.section()),
          deduction.points(),
          BigDecimal::add);
    } else if (event instanceof AppealLodged appeal) {
      appeals.put(
          key(appeal.region().value(), appeal.indicator()),
          new Appeal(appeal.reason(), null, null, null));
    } else if (event instanceof AppealDecided decided) {
      appeals.computeIfPresent(
          key(decided.region().value(), decided.indicator()),
          (k, appeal) ->
              new Appeal(appeal.reason(), decided.decision(), decided.score(), decided.reason()));
    }
  }
}
