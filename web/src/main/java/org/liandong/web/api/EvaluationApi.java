package org.liandong.web.api;

import static org.liandong.web.api.JsonChanges.post;
import static org.liandong.web.api.JsonChanges.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * The evaluation rounds' part of both sides' APIs: rounds, results, worklists and sources read from
 * the query side; assignments, phases, scores, settlements, deductions, self-assessments and
 * appeals sent to the command side. A refusal is thrown as an {@link ApiProblem}.
 */
public final class EvaluationApi {

  private static final String ROUND = "/evaluations/{id}";
  private static final String REGION = ROUND + "/regions/{region}";
  private static final String SOURCES = REGION + "/indicators/{indicator}/sources";

  private final RestClient queries;
  private final RestClient commands;

  EvaluationApi(RestClient queries, RestClient commands) {
    this.queries = queries;
    this.commands = commands;
  }

  public List<RoundSummary> rounds() {
    return queries
        .get()
        .uri("/evaluations")
        .retrieve()
        .body(new ParameterizedTypeReference<List<RoundSummary>>() {});
  }

  public EvaluationRound round(String roundId) {
    return queries.get().uri(ROUND, roundId).retrieve().body(EvaluationRound.class);
  }

  public IndicatorSources sources(String roundId, String region, String indicator) {
    return queries
        .get()
        .uri(SOURCES, roundId, region, indicator)
        .retrieve()
        .body(IndicatorSources.class);
  }

  public EvaluatorWorklist worklist(String roundId) {
    return queries.get().uri(ROUND + "/worklist", roundId).retrieve().body(EvaluatorWorklist.class);
  }

  /** A new round: its id, year, title, cut-off and scheme. */
  public void draftRound(Map<String, Object> round) {
    post(commands, "/evaluations", round);
  }

  public void assignEvaluator(String roundId, String evaluator, Map<String, Object> assignment) {
    put(commands, ROUND + "/evaluators/{evaluator}", assignment, roundId, evaluator);
  }

  public void nameLead(String roundId, String evaluator) {
    put(commands, ROUND + "/lead", body("evaluator", evaluator), roundId);
  }

  public void movePhase(String roundId, String to) {
    post(commands, ROUND + "/phase", body("to", to), roundId);
  }

  public void submitSelfAssessment(String roundId, String region, String text) {
    put(commands, REGION + "/self-assessment", body("text", text), roundId, region);
  }

  /** An evaluator's score: {@code score} a number, or the text typed when it reads as none. */
  public void score(
      String roundId, String region, String indicator, Map<String, Object> scoreAndWhy) {
    put(commands, REGION + "/scores/{indicator}", scoreAndWhy, roundId, region, indicator);
  }

  public void settle(
      String roundId, String region, String indicator, Map<String, Object> scoreAndReason) {
    put(commands, REGION + "/settlements/{indicator}", scoreAndReason, roundId, region, indicator);
  }

  public void deduct(String roundId, String deductionId, Map<String, Object> deduction) {
    post(commands, ROUND + "/deductions/{deduction}", deduction, roundId, deductionId);
  }

  public void appeal(String roundId, String region, String indicator, String reason) {
    post(
        commands,
        REGION + "/appeals/{indicator}",
        body("reason", reason),
        roundId,
        region,
        indicator);
  }

  public void decideAppeal(
      String roundId, String region, String indicator, Map<String, Object> decision) {
    post(commands, REGION + "/appeals/{indicator}/decision", decision, roundId, region, indicator);
  }

  private static Map<String, Object> body(String field, String value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(field, value);
    return body;
  }
}
