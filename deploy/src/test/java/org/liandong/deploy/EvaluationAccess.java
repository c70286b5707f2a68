package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The evaluation endpoints in the access matrix: rounds of their own, one in each phase, over Hebei
 * (13) and Guangdong (44). {@code evaluator} is of Hebei and scores Guangdong; {@code eval.zhao},
 * the lead, is of Guangdong and scores Hebei; eval.wang and eval.li score both. {@code
 * hebei.office} is Hebei's office; a Guangdong office (a token of its own) appeals once in setup.
 */
final class EvaluationAccess {

  static final String PREFIX = "EVAL-2021-AM-";
  static final String DRAFT = PREFIX + "DRAFT";
  static final String OPEN = PREFIX + "OPEN";
  static final String TO_SCORE = PREFIX + "TOSCORE";
  static final String SCORING = PREFIX + "SCORING";
  static final String TO_MODERATE = PREFIX + "TOMOD";
  static final String MODERATION = PREFIX + "MOD";
  static final String TO_PUBLISH = PREFIX + "TOPUB";
  static final String PUBLISHED = PREFIX + "PUB";

  private static final String PUBLISHED_SOURCES =
      "/evaluations/" + PUBLISHED + "/regions/44/indicators/A1/sources";
  private static final Set<String> EVALUATORS = Set.of("evaluator", "eval.zhao");
  private static final String LEAD = "eval.zhao";

  private final String commands;
  private final String queries;

  EvaluationAccess(String commands, String queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** Every round in its phase, read back by the query side. */
  void rounds() {
    round(DRAFT, 0);
    round(OPEN, 1);
    round(TO_SCORE, 1);
    round(SCORING, 2);
    round(TO_MODERATE, 2);
    scoreAll(TO_MODERATE);
    round(MODERATION, 2);
    scoreAll(MODERATION);
    moderate(MODERATION);
    round(TO_PUBLISH, 2);
    scoreAll(TO_PUBLISH);
    moderate(TO_PUBLISH);
    round(PUBLISHED, 2);
    scoreAll(PUBLISHED);
    moderate(PUBLISHED);
    ok(Http.post(url(PUBLISHED, "/phase"), "{\"to\": \"PUBLISHED\"}", LEAD));
    ok(Http.post(url(PUBLISHED, "/regions/13/appeals/B2"), reason(), "hebei.office"));
    String guangdong =
        TestPlatforms.IDENTITY_PROVIDER.token(
            "guangdong.office", Map.of("role", "PROVINCIAL_OFFICE", "region", "44"));
    ok(
        Http.send(
            HttpRequest.newBuilder(URI.create(url(PUBLISHED, "/regions/44/appeals/B2")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + guangdong)
                .POST(HttpRequest.BodyPublishers.ofString(reason()))));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/evaluations/" + PUBLISHED)
                            .body()
                            .path("progress")
                            .path("appeals")
                            .asInt()
                        == 2
                    && Http.get(queries + "/evaluations/" + SCORING)
                        .body()
                        .path("phase")
                        .asText()
                        .equals("SCORING"));
  }

  /** Drafted and staffed; opened ({@code phase} 1) and scoring (2) if asked. */
  private void round(String roundId, int phase) {
    ok(Http.post(commands + "/evaluations", draft(roundId), "office"));
    assign(roundId, "eval.wang", "11", "\"13\", \"44\"");
    assign(roundId, "eval.li", "51", "\"13\", \"44\"");
    assign(roundId, "evaluator", "13", "\"44\"");
    assign(roundId, LEAD, "44", "\"13\"");
    ok(Http.put(url(roundId, "/lead"), "{\"evaluator\": \"" + LEAD + "\"}", "office"));
    if (phase >= 1) {
      ok(Http.post(url(roundId, "/phase"), "{\"to\": \"OPEN\"}", "office"));
    }
    if (phase >= 2) {
      ok(Http.post(url(roundId, "/phase"), "{\"to\": \"SCORING\"}", "office"));
    }
  }

  private void assign(String roundId, String evaluator, String home, String regions) {
    ok(
        Http.put(
            url(roundId, "/evaluators/" + evaluator),
            "{\"homeRegion\": \"" + home + "\", \"regions\": [" + regions + "]}",
            "office"));
  }

  /** Both assessed indicators of both regions, scored by eval.wang and eval.li a point apart. */
  private void scoreAll(String roundId) {
    for (String region : List.of("13", "44")) {
      for (String indicator : List.of("B1", "B2")) {
        ok(Http.put(url(roundId, score(region, indicator)), score(10), "eval.wang"));
        ok(Http.put(url(roundId, score(region, indicator)), score(11), "eval.li"));
      }
    }
  }

  private void moderate(String roundId) {
    ok(Http.post(url(roundId, "/phase"), "{\"to\": \"MODERATION\"}", LEAD));
  }

  /** The reads, for each user: allowed, or refused with 403 or 404. */
  List<Arguments> reads(List<String> users, Set<String> readAll) {
    List<Arguments> cells = new ArrayList<>();
    for (String user : users) {
      boolean reads = readAll.contains(user) || user.equals("hebei.office");
      int round = reads ? 200 : 403;
      cells.add(Arguments.of("/evaluations", user, round));
      for (String roundId : List.of(SCORING, PUBLISHED)) {
        cells.add(Arguments.of("/evaluations/" + roundId, user, round));
        cells.add(Arguments.of("/evaluations/" + roundId + "?format=csv", user, round));
      }
      // What is behind a computed figure, read like the round: Hebei's office its own region's.
      String sources = "/evaluations/" + SCORING + "/regions/%s/indicators/A1/sources";
      cells.add(Arguments.of(sources.formatted("13"), user, round));
      cells.add(
          Arguments.of(sources.formatted("44"), user, user.equals("hebei.office") ? 404 : round));
      cells.add(Arguments.of(PUBLISHED_SOURCES, user, round));
      // No such round: 404 to a reader of evaluations, 403 to whoever reads none.
      cells.add(Arguments.of("/evaluations/" + PREFIX + "NONE", user, reads ? 404 : 403));
      cells.add(
          Arguments.of(
              "/evaluations/" + SCORING + "/worklist",
              user,
              EVALUATORS.contains(user) ? 200 : 403));
    }
    return cells;
  }

  /**
   * The changes, for one user, each as {@code (what, user, method, url, body, expected)}; the
   * office's come first, so that it changes the draft round before it opens it.
   */
  List<Arguments> changes(String user, boolean readsAll) {
    List<Arguments> cells = new ArrayList<>();
    int office = user.equals("office") ? 201 : 403;
    int lead = user.equals(LEAD) ? 201 : 403;
    int hebei = user.equals("hebei.office") ? 201 : 403;
    String suffix = user.toUpperCase().replace('.', '-');
    cells.add(
        change("draft a round", "POST", "/evaluations", draft(PREFIX + suffix), user, office));
    cells.add(change("revise a draft scheme", "PUT", DRAFT, "/scheme", scheme(2), user, office));
    cells.add(
        change(
            "assign an evaluator",
            "PUT",
            DRAFT,
            "/evaluators/eval.sun",
            "{\"homeRegion\": \"31\", \"regions\": [\"13\"]}",
            user,
            office));
    cells.add(
        change(
            "name the lead",
            "PUT",
            DRAFT,
            "/lead",
            "{\"evaluator\": \"eval.zhao\"}",
            user,
            office));
    cells.add(change("open a round", "POST", DRAFT, "/phase", phase("OPEN"), user, office));
    cells.add(
        change("start the scoring", "POST", TO_SCORE, "/phase", phase("SCORING"), user, office));
    cells.add(
        change(
            "submit Hebei's self-assessment",
            "PUT",
            OPEN,
            "/regions/13/self-assessment",
            "{\"text\": \"a joint office in every city\"}",
            user,
            hebei));
    cells.add(
        change(
            "submit Guangdong's self-assessment",
            "PUT",
            OPEN,
            "/regions/44/self-assessment",
            "{\"text\": \"not Hebei's to say\"}",
            user,
            403));
    // evaluator is of Hebei, eval.zhao of Guangdong: each scores only the other's region.
    cells.add(
        change(
            "score Hebei",
            "PUT",
            SCORING,
            score("13", "B1"),
            score(12),
            user,
            user.equals(LEAD) ? 201 : 403));
    cells.add(
        change(
            "score Guangdong",
            "PUT",
            SCORING,
            score("44", "B1"),
            score(12),
            user,
            user.equals("evaluator") ? 201 : 403));
    cells.add(
        change(
            "deduct from Hebei",
            "POST",
            SCORING,
            "/deductions/AM-D-13",
            deduction("13"),
            user,
            lead));
    cells.add(
        change(
            "deduct from the lead's Guangdong",
            "POST",
            SCORING,
            "/deductions/AM-D-44",
            deduction("44"),
            user,
            403));
    cells.add(
        change(
            "start the moderation",
            "POST",
            TO_MODERATE,
            "/phase",
            phase("MODERATION"),
            user,
            lead));
    cells.add(
        change(
            "settle Hebei's score",
            "PUT",
            MODERATION,
            "/regions/13/settlements/B1",
            settlement(),
            user,
            lead));
    cells.add(
        change(
            "settle the lead's Guangdong's score",
            "PUT",
            MODERATION,
            "/regions/44/settlements/B1",
            settlement(),
            user,
            403));
    cells.add(change("publish", "POST", TO_PUBLISH, "/phase", phase("PUBLISHED"), user, lead));
    cells.add(
        change(
            "appeal Hebei's score",
            "POST",
            PUBLISHED,
            "/regions/13/appeals/B1",
            reason(),
            user,
            hebei));
    cells.add(
        change(
            "appeal Guangdong's score",
            "POST",
            PUBLISHED,
            "/regions/44/appeals/B1",
            reason(),
            user,
            403));
    cells.add(
        change(
            "decide Hebei's appeal",
            "POST",
            PUBLISHED,
            "/regions/13/appeals/B2/decision",
            decision(),
            user,
            lead));
    cells.add(
        change(
            "decide the lead's Guangdong's appeal",
            "POST",
            PUBLISHED,
            "/regions/44/appeals/B2/decision",
            decision(),
            user,
            403));
    cells.add(
        Arguments.of(
            "compare another scheme",
            user,
            "POST",
            queries + "/evaluations/" + PUBLISHED + "/comparisons",
            scheme(3),
            readsAll ? 200 : 403));
    return cells;
  }

  private Arguments change(
      String what, String method, String path, String body, String user, int expected) {
    return Arguments.of(what, user, method, commands + path, body, expected);
  }

  private Arguments change(
      String what,
      String method,
      String roundId,
      String path,
      String body,
      String user,
      int expected) {
    return Arguments.of(what, user, method, url(roundId, path), body, expected);
  }

  /** What a provincial office reads before publication: its own region alone, without a rank. */
  void ownRegionBeforePublication() {
    Http.Response scoring = Http.get(queries + "/evaluations/" + SCORING, "hebei.office");
    assertThat(scoring.body().path("ranking")).hasSize(1);
    assertThat(scoring.body().path("ranking").get(0).path("region").path("code").asText())
        .isEqualTo("13");
    assertThat(scoring.body().path("ranking").get(0).path("rank").asInt()).isZero();
    assertThat(Http.get(queries + "/evaluations/" + SCORING, "office").body().path("ranking"))
        .hasSize(2);
    assertThat(
            Http.get(queries + "/evaluations/" + PUBLISHED, "hebei.office").body().path("ranking"))
        .hasSize(2);
  }

  private String url(String roundId, String path) {
    return commands + "/evaluations/" + roundId + path;
  }

  private static void ok(Http.Response response) {
    assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
  }

  private static String score(String region, String indicator) {
    return "/regions/" + region + "/scores/" + indicator;
  }

  private static String score(int points) {
    return "{\"score\": " + points + ", \"justification\": \"seen on the visit\"}";
  }

  private static String phase(String to) {
    return "{\"to\": \"" + to + "\"}";
  }

  private static String reason() {
    return "{\"reason\": \"the training records were not read\"}";
  }

  private static String settlement() {
    return "{\"score\": 11, \"reason\": \"the visit's notes\"}";
  }

  private static String decision() {
    return "{\"decision\": \"UPHELD\", \"reason\": \"as scored\"}";
  }

  private static String deduction(String region) {
    return "{\"region\": \"%s\", \"section\": \"B\", \"points\": 1, \"reason\": \"an overdue task\"}"
        .formatted(region);
  }

  private static String draft(String roundId) {
    return """
        {"roundId": "%s", "year": 2021, "title": "Access test", "cutOff": "2022-01-31T16:00:00Z",
         "scheme": %s}
        """
        .formatted(roundId, scheme(1));
  }

  private static String scheme(int version) {
    return """
        {"version": %d, "flagThreshold": 5, "appealDays": 15,
         "grades": [{"name": "good", "minTotal": 60}, {"name": "fail", "minTotal": 0}],
         "sections": [
           {"code": "A", "title": "Results", "points": 60, "maxDeduction": 10,
            "indicators": [
              {"code": "A1", "title": "Criminal cases filed", "kind": "COMPUTED", "points": 60,
               "figure": "CRIMINAL_CASES", "rule": "LINEAR_TO_TARGET", "target": 100}]},
           {"code": "B", "title": "Mechanisms", "points": 40, "maxDeduction": 5,
            "indicators": [
              {"code": "B1", "title": "Leadership", "kind": "ASSESSED", "points": 20},
              {"code": "B2", "title": "Publicity and training", "kind": "ASSESSED",
               "points": 20}]}]}
        """
        .formatted(version);
  }
}
