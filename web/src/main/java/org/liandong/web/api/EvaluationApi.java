package org.liandong.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
    send(HttpMethod.POST, round, "/evaluations");
  }

  public void assignEvaluator(String roundId, String evaluator, Map<String, Object> assignment) {
    send(HttpMethod.PUT, assignment, ROUND + "/evaluators/{evaluator}", roundId, evaluator);
  }

  public void nameLead(String roundId, String evaluator) {
    send(HttpMethod.PUT, body("evaluator", evaluator), ROUND + "/lead", roundId);
  }

  public void movePhase(String roundId, String to) {
    send(HttpMethod.POST, body("to", to), ROUND + "/phase", roundId);
  }

  public void submitSelfAssessment(String roundId, String region, String text) {
    send(HttpMethod.PUT, body("text", text), REGION + "/self-assessment", roundId, region);
  }

  /** An evaluator's score: {@code score} a number, or the text typed when it reads as none. */
  public void score(
      String roundId, String region, String indicator, Map<String, Object> scoreAndWhy) {
    send(HttpMethod.PUT, scoreAndWhy, REGION + "/scores/{indicator}", roundId, region, indicator);
  }

  public void settle(
      String roundId, String region, String indicator, Map<String, Object> scoreAndReason) {
    send(
        HttpMethod.PUT,
        scoreAndReason,
        REGION + "/settlements/{indicator}",
        roundId,
        region,
        indicator);
  }

  public void deduct(String roundId, String deductionId, Map<String, Object> deduction) {
    send(HttpMethod.POST, deduction, ROUND + "/deductions/{deduction}", roundId, deductionId);
  }

  public void appeal(String roundId, String region, String indicator, String reason) {
    send(
        HttpMethod.POST,
        body("reason", reason),
        REGION + "/appeals/{indicator}",
        roundId,
        region,
        indicator);
  }

  public void decideAppeal(
      String roundId, String region, String indicator, Map<String, Object> decision) {
    send(
        HttpMethod.POST,
        decision,
        REGION + "/appeals/{indicator}/decision",
        roundId,
        region,
        indicator);
  }

  private static Map<String, Object> body(String field, String value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(field, value);
    return body;
  }

  private void send(HttpMethod method, Object body, String path, Object... variables) {
    commands
        .method(method)
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }
}
