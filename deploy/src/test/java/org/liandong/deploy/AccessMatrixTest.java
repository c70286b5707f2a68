package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, for every role, for its own and for another department, in its own and in another
 * region: allowed, 403 (the role, department or region may not) or 404 (things of another
 * department or region, as if they did not exist). In the campaign ACCESS-2021, SAMR leads and MPS
 * takes part, in Hebei (13) and Guangdong (44); ACCESS-GD-2021 is the same in Guangdong alone; GACC
 * takes part in neither. {@code mps.hebei} is an MPS user limited to Hebei: Hebei is its own
 * region, Guangdong a foreign one, and a national task lies in no region of its. {@code
 * hebei.office}, Hebei's leading-group office, reads no department's things; {@code eval.zhao} is
 * an evaluator like {@code evaluator}, and the lead of the rounds {@link EvaluationAccess} sets up
 * for the evaluation endpoints.
 */
@DisplayName("Access: every endpoint x role x own or foreign department x own or foreign region")
class AccessMatrixTest {

  private static final String CAMPAIGN = "ACCESS-2021";

  /** mps.hebei before mps: what mps moves into Hebei would otherwise become mps.hebei's. */
  private static final List<String> USERS =
      List.of(
          "office",
          "evaluator",
          "eval.zhao",
          "auditor",
          "samr",
          "mps.hebei",
          "mps",
          "gacc",
          "hebei.office");

  private static final Set<String> READ_ALL = Set.of("office", "evaluator", "eval.zhao", "auditor");

  /** Hebei's leading-group office: reads its region's evaluation and no department's things. */
  private static final String PROVINCIAL = "hebei.office";

  private static final String[] REGIONS = {"13", "44"};
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static String commands;
  private static String queries;
  private static EvaluationAccess evaluations;
  private static PublicationAccess publications;

  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
    launch(CAMPAIGN, "\"13\", \"44\"");
    launch("ACCESS-GD-2021", "\"44\"");
    task("AT-1", null);
    for (String task : List.of("AT-2", "AT-3", "AT-4", "AT-ACK-N")) {
      task(task, null);
    }
    for (String region : REGIONS) {
      for (String task : List.of("AT-ACK-", "AT-NOTE-", "AT-DONE-")) {
        task(task + region, region);
      }
      for (String report : List.of("AM-FIX-", "AM-DROP-", "AM-MOVE-")) {
        Http.post(campaign("/site-raids"), raid(report + region, "MPS", region));
      }
      for (String decision : List.of("ACCEPT", "RETURN", "ONWARD")) {
        transfer("ACC-" + decision + "-" + region, "SAMR", "MPS", region);
      }
      Http.post(
          commands + "/cases/ACC-ONWARD-" + region + "/transfers/T1/acceptance",
          "{\"department\": \"MPS\"}");
    }
    evaluations = new EvaluationAccess(commands, queries);
    evaluations.rounds();
    publications = new PublicationAccess(commands, queries);
    publications.published();
    Http.post(campaign("/site-raids"), raid("AS-FIX", "SAMR", "44"));
    Http.post(campaign("/site-raids"), raid("AS-DROP", "SAMR", "44"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/" + CAMPAIGN)
                            .body()
                            .path("totals")
                            .path("reports")
                            .asLong()
                        == 8
                    && Http.get(queries + "/campaigns/ACCESS-GD-2021").status() == 200
                    && Http.get(queries + "/cases/ACC-ACCEPT-13").status() == 200
                    && Http.get(queries + "/cases/ACC-ACCEPT-44").status() == 200
                    && Http.get(queries + "/campaigns/" + CAMPAIGN + "/reports")
                            .body()
                            .path("total")
                            .asLong()
                        == 8
                    // The histories are a projection of their own, with their own pace; until the
                    // campaign's and the case's are there, reading them answers 404.
                    && Http.get(queries + "/campaigns/" + CAMPAIGN + "/history").status() == 200
                    && Http.get(queries + "/campaigns/ACCESS-GD-2021/history").status() == 200
                    && Http.get(queries + "/cases/ACC-ACCEPT-13/history").status() == 200);
  }

  private static void launch(String campaignId, String regions) {
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Access test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": [%s],
         "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """
            .formatted(campaignId, regions));
    TestPlatforms.mobilise(commands, campaignId);
  }

  private static void task(String taskId, String region) {
    Http.post(
        campaign("/tasks"),
        """
        {"taskId": "%s", "department": "MPS", "region": %s, "title": "Check the markets",
         "dueOn": "2021-10-01"}
        """
            .formatted(taskId, region == null ? "null" : "\"" + region + "\""));
  }

  private static void transfer(String caseId, String from, String to, String region) {
    Http.post(
        commands + "/cases/" + caseId + "/transfers/T1",
        """
        {"from": "%s", "to": "%s", "region": "%s", "title": "Counterfeit shoes"}
        """
            .formatted(from, to, region));
  }

  private static String campaign(String path) {
    return commands + "/campaigns/" + CAMPAIGN + path;
  }

  /**
   * A read and who may make it: the rest get {@code refused}, but for the provincial office, which
   * reads no department's things: 403 for a listing or a department's views, 404 for one campaign
   * or case (as if it did not exist, as for a department not concerned).
   */
  private static Stream<Arguments> reads() {
    List<Arguments> cells = new ArrayList<>();
    Set<String> everybody = Set.copyOf(USERS);
    Set<String> departmental = without(everybody, PROVINCIAL);
    Set<String> takingPart = with(READ_ALL, "samr", "mps", "mps.hebei");
    Set<String> takingPartInGuangdong = with(READ_ALL, "samr", "mps");
    Set<String> mps = with(READ_ALL, "mps", "mps.hebei");
    Set<String> samr = with(READ_ALL, "samr");
    read(cells, "/campaigns", departmental, 403);
    read(cells, "/campaigns?format=csv", departmental, 403);
    for (String campaign : List.of("/campaigns/ACCESS-2021", "/campaigns/ACCESS-GD-2021")) {
      Set<String> allowed = campaign.endsWith("GD-2021") ? takingPartInGuangdong : takingPart;
      read(cells, campaign, allowed, 404);
      read(cells, campaign + "/as-of", allowed, 404);
      read(cells, campaign + "/reports", allowed, 404);
      read(cells, campaign + "/reports?format=csv", allowed, 404);
      read(cells, campaign + "/history", READ_ALL, 403);
    }
    read(cells, "/campaigns/ACCESS-2021/reports?department=SAMR", samr, 404);
    read(cells, "/campaigns/ACCESS-2021/reports?department=MPS&region=44", mps, 404);
    for (String path :
        List.of(
            "/departments/MPS",
            "/departments/MPS?format=csv",
            "/departments/MPS/reports",
            "/departments/MPS/reports?involvement=joint",
            "/departments/MPS/reports?format=xlsx",
            "/departments/MPS/as-of")) {
      read(cells, path, mps, 404, 403);
    }
    for (String path :
        List.of("/departments/SAMR", "/departments/SAMR/reports", "/departments/SAMR/as-of")) {
      read(cells, path, samr, 404, 403);
    }
    read(cells, "/cases", departmental, 403);
    read(cells, "/cases?format=csv", departmental, 403);
    read(cells, "/cases?department=MPS", mps, 404, 403);
    read(cells, "/cases?department=SAMR", samr, 404, 403);
    read(cells, "/cases/ACC-ACCEPT-13", takingPart, 404);
    read(cells, "/cases/ACC-ACCEPT-44", takingPartInGuangdong, 404);
    read(cells, "/cases/ACC-ACCEPT-13/history", READ_ALL, 403);
    read(cells, "/statistics/2021", everybody, 403);
    read(cells, "/statistics/2021/as-of", everybody, 403);
    read(cells, "/projections", READ_ALL, 403);
    read(cells, "/projections/reports", READ_ALL, 403);
    read(cells, "/reference/departments", everybody, 403);
    read(cells, "/reference/regions", everybody, 403);
    cells.addAll(evaluations.reads(USERS, READ_ALL));
    cells.addAll(publications.reads(USERS));
    return cells.stream();
  }

  private static void read(List<Arguments> cells, String path, Set<String> allowed, int refused) {
    read(cells, path, allowed, refused, refused);
  }

  private static void read(
      List<Arguments> cells, String path, Set<String> allowed, int refused, int provincial) {
    for (String user : USERS) {
      int status = user.equals(PROVINCIAL) ? provincial : refused;
      cells.add(Arguments.of(path, user, allowed.contains(user) ? 200 : status));
    }
  }

  private static Set<String> with(Set<String> users, String... more) {
    Set<String> all = new HashSet<>(users);
    all.addAll(List.of(more));
    return all;
  }

  private static Set<String> without(Set<String> users, String user) {
    Set<String> rest = new HashSet<>(users);
    rest.remove(user);
    return rest;
  }

  @ParameterizedTest(name = "GET {0} as {1}: {2}")
  @MethodSource("reads")
  @DisplayName("reads")
  void reads(String path, String user, int expected) throws Exception {
    HttpResponse<String> response = get(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    if (expected != 200) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
  }

  @Test
  @DisplayName("a provincial office reads only its region's result until publication, then all")
  void provincialOfficeBeforePublication() {
    evaluations.ownRegionBeforePublication();
  }

  /** Raw, since an export is no JSON. */
  private static HttpResponse<String> get(String path, String user)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(queries + path))
            .header("Authorization", DemoUsers.basic(user))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What a listing holds for each department user: only what concerns it, in its region. */
  private static Stream<Arguments> listings() {
    List<Arguments> cells = new ArrayList<>();
    for (String user : List.of("samr", "mps", "mps.hebei")) {
      cells.add(Arguments.of("/campaigns/ACCESS-2021/reports?retracted=true", user));
      cells.add(Arguments.of("/cases", user));
    }
    cells.add(Arguments.of("/departments/MPS/reports?retracted=true", "mps.hebei"));
    return cells.stream();
  }

  @ParameterizedTest(name = "GET {0} as {1}")
  @MethodSource("listings")
  @DisplayName("listings hold only what the reader may read")
  void listings(String path, String user) {
    String department = user.startsWith("mps") ? "MPS" : "SAMR";
    String region = user.equals("mps.hebei") ? "13" : null;
    JsonNode body = Http.get(queries + path, user).body();
    JsonNode items = body.has("items") ? body.path("items") : body;
    assertThat(items).isNotEmpty();
    for (JsonNode item : items) {
      boolean concerns;
      String itemRegion;
      if (item.has("reportId")) {
        concerns =
            item.path("department").asText().equals(department)
                || item.path("cooperatingDepartments").toString().contains('"' + department + '"');
        itemRegion = item.path("region").asText();
      } else {
        concerns = item.path("stages").toString().contains("\"code\":\"" + department + '"');
        itemRegion = item.path("region").path("code").asText();
      }
      assertThat(concerns).as(item.toString()).isTrue();
      if (region != null) {
        assertThat(itemRegion).as(item.toString()).isEqualTo(region);
      }
    }
  }

  @ParameterizedTest(name = "GET {0} without signing in: 401")
  @MethodSource("paths")
  @DisplayName("nothing is read without signing in")
  void unauthenticated(String path) {
    Http.Response response = Http.send(HttpRequest.newBuilder(URI.create(queries + path)).GET());
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body().path("type").asText()).isEqualTo("/problems/unauthenticated");
  }

  private static Stream<String> paths() {
    return reads().map(cell -> (String) cell.get()[0]).distinct();
  }

  /**
   * A change, and its expected status for each user; statuses below 300 mean allowed (201, or 200
   * when an earlier allowed user already recorded the same).
   */
  private static Stream<Arguments> changes() {
    List<Arguments> cells = new ArrayList<>();
    for (String user : USERS) {
      officeChanges(cells, user, user.equals("office") ? 201 : 403);
      for (String region : REGIONS) {
        departmentChanges(cells, user, region, mayActForMpsIn(user, region));
      }
      cells.addAll(evaluations.changes(user, READ_ALL.contains(user)));
      cells.addAll(publications.changes(user));
      int mpsNationally = user.equals("mps") ? 201 : 403;
      cells.add(
          change(
              "acknowledge MPS's national task",
              "POST",
              campaign("/tasks/AT-ACK-N/acknowledgement"),
              "{\"department\": \"MPS\"}",
              user,
              mpsNationally));
      cells.add(
          change(
              "correct MPS's Guangdong report into Hebei",
              "PUT",
              campaign("/site-raids/AM-MOVE-44"),
              correction("MPS", "13", user),
              user,
              mpsNationally));
      cells.add(
          change(
              "correct MPS's Hebei report into Guangdong",
              "PUT",
              campaign("/site-raids/AM-MOVE-13"),
              correction("MPS", "44", user),
              user,
              mpsNationally));
      int samr = user.equals("samr") ? 201 : 403;
      cells.add(
          change(
              "report for SAMR",
              "POST",
              campaign("/site-raids"),
              raid("AR-" + id(user) + "-SAMR", "SAMR", "44"),
              user,
              samr));
      cells.add(
          change(
              "correct SAMR's report",
              "PUT",
              campaign("/site-raids/AS-FIX"),
              correction("SAMR", "44", user),
              user,
              samr));
      cells.add(
          change(
              "correct SAMR's report in MPS's name",
              "PUT",
              campaign("/site-raids/AS-FIX"),
              correction("MPS", "44", user),
              user,
              403));
      cells.add(
          change(
              "retract SAMR's report",
              "POST",
              campaign("/reports/AS-DROP/retraction"),
              "{\"department\": \"SAMR\", \"reason\": \"entered twice\"}",
              user,
              samr));
      cells.add(
          change(
              "transfer a case from SAMR",
              "POST",
              commands + "/cases/ACC-SAMR-" + id(user) + "/transfers/T1",
              "{\"from\": \"SAMR\", \"to\": \"MPS\", \"region\": \"44\", \"title\": \"t\"}",
              user,
              samr));
    }
    return cells.stream();
  }

  /** MPS's users: mps anywhere, mps.hebei in Hebei only. */
  private static int mayActForMpsIn(String user, String region) {
    return user.equals("mps") || user.equals("mps.hebei") && region.equals("13") ? 201 : 403;
  }

  private static void departmentChanges(
      List<Arguments> cells, String user, String region, int expected) {
    String in = " in " + (region.equals("13") ? "Hebei" : "Guangdong");
    cells.add(
        change(
            "report for MPS" + in,
            "POST",
            campaign("/site-raids"),
            raid("AR-" + id(user) + "-" + region, "MPS", region),
            user,
            expected));
    cells.add(
        change(
            "correct MPS's report" + in,
            "PUT",
            campaign("/site-raids/AM-FIX-" + region),
            correction("MPS", region, user),
            user,
            expected));
    cells.add(
        change(
            "retract MPS's report" + in,
            "POST",
            campaign("/reports/AM-DROP-" + region + "/retraction"),
            "{\"department\": \"MPS\", \"reason\": \"entered twice\"}",
            user,
            expected));
    cells.add(
        change(
            "acknowledge MPS's task" + in,
            "POST",
            campaign("/tasks/AT-ACK-" + region + "/acknowledgement"),
            "{\"department\": \"MPS\"}",
            user,
            expected));
    cells.add(
        change(
            "note progress on MPS's task" + in,
            "POST",
            campaign("/tasks/AT-NOTE-" + region + "/progress"),
            "{\"department\": \"MPS\", \"note\": \"two markets checked\"}",
            user,
            expected));
    cells.add(
        change(
            "complete MPS's task" + in,
            "POST",
            campaign("/tasks/AT-DONE-" + region + "/completion"),
            "{\"department\": \"MPS\"}",
            user,
            expected));
    cells.add(
        change(
            "transfer a case from MPS" + in,
            "POST",
            commands + "/cases/ACC-MPS-" + id(user) + "-" + region + "/transfers/T1",
            "{\"from\": \"MPS\", \"to\": \"SPP\", \"region\": \"%s\", \"title\": \"t\"}"
                .formatted(region),
            user,
            expected));
    cells.add(
        change(
            "accept a case sent to MPS" + in,
            "POST",
            commands + "/cases/ACC-ACCEPT-" + region + "/transfers/T1/acceptance",
            "{\"department\": \"MPS\"}",
            user,
            expected));
    cells.add(
        change(
            "return a case sent to MPS" + in,
            "POST",
            commands + "/cases/ACC-RETURN-" + region + "/transfers/T1/return",
            "{\"department\": \"MPS\", \"reason\": \"no evidence\"}",
            user,
            expected));
    cells.add(
        change(
            "move on a case MPS holds" + in,
            "POST",
            commands + "/cases/ACC-ONWARD-" + region + "/transfers/T2",
            "{\"from\": \"MPS\", \"to\": \"SPP\", \"region\": \"%s\", \"title\": \"Counterfeit shoes\"}"
                .formatted(region),
            user,
            expected));
  }

  private static void officeChanges(List<Arguments> cells, String user, int office) {
    cells.add(
        change(
            "launch",
            "POST",
            commands + "/campaigns",
            """
            {"campaignId": "ACCESS-%s-2021", "name": "x", "focus": "PIRACY",
             "leadDepartment": "SAMR", "regions": ["11"],
             "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
            """
                .formatted(user.toUpperCase().replace('.', '-')),
            user,
            office));
    cells.add(
        change("advance", "POST", campaign("/phase"), "{\"to\": \"MOBILISATION\"}", user, office));
    cells.add(
        change(
            "assign",
            "POST",
            campaign("/tasks"),
            "{\"taskId\": \"AT-"
                + id(user)
                + "\", \"department\": \"MPS\", \"title\": \"t\", \"dueOn\": \"2021-10-01\"}",
            user,
            office));
    cells.add(
        change(
            "add a region", "POST", campaign("/regions"), "{\"regions\": [\"44\"]}", user, office));
    cells.add(
        change(
            "join a department",
            "POST",
            commands + "/campaigns/ACCESS-OFFICE-2021/departments",
            "{\"department\": \"NCAC\"}",
            user,
            office));
    cells.add(
        change(
            "withdraw a department",
            "POST",
            commands + "/campaigns/ACCESS-OFFICE-2021/departments/NCAC/withdrawal",
            "{\"reason\": \"reorganised\"}",
            user,
            office));
    cells.add(
        change(
            "set targets",
            "PUT",
            campaign("/targets"),
            "{\"targets\": {\"SITES_RAIDED\": 10}}",
            user,
            office));
    cells.add(
        change(
            "reassign a task",
            "POST",
            campaign("/tasks/AT-3/reassignment"),
            "{\"department\": \"MPS\", \"dueOn\": \"2021-10-15\"}",
            user,
            office));
    cells.add(
        change(
            "cancel a task",
            "POST",
            campaign("/tasks/AT-4/cancellation"),
            "{\"reason\": \"merged into AT-1\"}",
            user,
            office));
    cells.add(
        change(
            "close a campaign not yet reviewed",
            "POST",
            commands + "/campaigns/ACCESS-OFFICE-2021/closure",
            "{\"summary\": \"done\"}",
            user,
            office == 201 ? 422 : 403));
    cells.add(
        change(
            "rebuild a projection",
            "POST",
            queries + "/projections/nope/rebuilds",
            "",
            user,
            office == 201 ? 404 : 403));
  }

  /** A user's name as part of an id, which takes no dots. */
  private static String id(String user) {
    return user.replace('.', '-');
  }

  private static Arguments change(
      String what, String method, String url, String body, String user, int expected) {
    return Arguments.of(what, user, method, url, body, expected);
  }

  @ParameterizedTest(name = "{0} as {1}: {5}")
  @MethodSource("changes")
  @DisplayName("changes")
  void changes(String what, String user, String method, String url, String body, int expected) {
    Http.Response response =
        method.equals("PUT") ? Http.put(url, body, user) : Http.post(url, body, user);
    if (expected < 300) {
      // The first allowed user records it; a second allowed one finds it recorded.
      assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
    } else {
      assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
  }

  private static String raid(String reportId, String department, String region) {
    return """
        {"reportId": "%s", "department": "%s", "region": "%s", "occurredOn": "2021-04-01",
         "reportedBy": "tester", "sites": 1}
        """
        .formatted(reportId, department, region);
  }

  private static String correction(String department, String region, String user) {
    return """
        {"department": "%s", "region": "%s", "occurredOn": "2021-04-01",
         "reportedBy": "%s", "sites": 4, "reason": "recount"}
        """
        .formatted(department, region, user);
  }
}
