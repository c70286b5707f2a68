package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, for every role, for its own and for another department or region: allowed, 403
 * (the role or the department may not) or 404 (another department's things, as if they did not
 * exist). In the campaign ACCESS-2021, SAMR leads and MPS takes part; GACC does not; mps.hebei is
 * an MPS user limited to Hebei (13).
 */
@DisplayName("Access: every endpoint x every role x own or foreign department")
class AccessMatrixTest {

  private static final String CAMPAIGN = "ACCESS-2021";
  private static final List<String> USERS =
      List.of("office", "evaluator", "auditor", "samr", "mps", "mps.hebei", "gacc");
  private static final Set<String> READ_ALL = Set.of("office", "evaluator", "auditor");

  private static String commands;
  private static String queries;

  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "ACCESS-2021", "name": "Access test", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["13", "44"],
         "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
    Http.post(
        commands + "/campaigns/ACCESS-2021/tasks",
        """
        {"taskId": "AT-1", "department": "MPS", "title": "Raid the warehouses", "dueOn": "2021-10-01"}
        """);
    for (String task : List.of("AT-2", "AT-3", "AT-4")) {
      Http.post(
          commands + "/campaigns/ACCESS-2021/tasks",
          """
          {"taskId": "%s", "department": "MPS", "title": "Check the markets", "dueOn": "2021-10-01"}
          """
              .formatted(task));
    }
    Http.post(
        commands + "/cases/ACC-CASE-2/transfers/T1",
        """
        {"from": "SAMR", "to": "MPS", "region": "44", "title": "Fake fertiliser"}
        """);
    Http.post(commands + "/campaigns/ACCESS-2021/site-raids", raid("AM-1", "MPS", "44"));
    Http.post(commands + "/campaigns/ACCESS-2021/site-raids", raid("AS-1", "SAMR", "44"));
    Http.post(
        commands + "/cases/ACC-CASE-1/transfers/T1",
        """
        {"from": "SAMR", "to": "MPS", "region": "44", "title": "Counterfeit shoes"}
        """);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/" + CAMPAIGN)
                            .body()
                            .path("totals")
                            .path("reports")
                            .asLong()
                        == 2
                    && Http.get(queries + "/cases/ACC-CASE-1").status() == 200
                    && Http.get(queries + "/departments/MPS")
                            .body()
                            .path("totals")
                            .path("reports")
                            .asLong()
                        >= 1
                    // The histories are a projection of their own, with their own pace; until the
                    // campaign's and the case's are there, reading them answers 404.
                    && Http.get(queries + "/campaigns/" + CAMPAIGN + "/history").status() == 200
                    && Http.get(queries + "/cases/ACC-CASE-1/history").status() == 200);
  }

  /** A read and who may make it: the rest get {@code refused}. */
  private static Stream<Arguments> reads() {
    List<Arguments> cells = new ArrayList<>();
    Set<String> takingPart = Set.of("office", "evaluator", "auditor", "samr", "mps", "mps.hebei");
    Set<String> mps = Set.of("office", "evaluator", "auditor", "mps", "mps.hebei");
    Set<String> everybody = Set.copyOf(USERS);
    read(cells, "/campaigns", everybody, 403);
    read(cells, "/campaigns/ACCESS-2021", takingPart, 404);
    read(cells, "/campaigns/ACCESS-2021/as-of", takingPart, 404);
    read(cells, "/campaigns/ACCESS-2021/reports", takingPart, 404);
    read(
        cells,
        "/campaigns/ACCESS-2021/reports?department=SAMR",
        Set.of("office", "evaluator", "auditor", "samr"),
        404);
    read(cells, "/campaigns/ACCESS-2021/history", READ_ALL, 403);
    read(cells, "/departments/MPS", mps, 404);
    read(cells, "/departments/MPS/reports", mps, 404);
    read(cells, "/departments/MPS/as-of", mps, 404);
    read(cells, "/cases", everybody, 403);
    read(cells, "/cases?department=MPS", mps, 404);
    read(
        cells,
        "/cases/ACC-CASE-1",
        Set.of("office", "evaluator", "auditor", "samr", "mps", "mps.hebei"),
        404);
    read(cells, "/cases/ACC-CASE-1/history", READ_ALL, 403);
    read(cells, "/statistics/2021", everybody, 403);
    read(cells, "/statistics/2021/as-of", everybody, 403);
    read(cells, "/projections", READ_ALL, 403);
    read(cells, "/projections/reports", READ_ALL, 403);
    read(cells, "/reference/departments", everybody, 403);
    return cells.stream();
  }

  private static void read(List<Arguments> cells, String path, Set<String> allowed, int refused) {
    for (String user : USERS) {
      cells.add(Arguments.of(path, user, allowed.contains(user) ? 200 : refused));
    }
  }

  @ParameterizedTest(name = "GET {0} as {1}: {2}")
  @MethodSource("reads")
  @DisplayName("reads")
  void reads(String path, String user, int expected) {
    Http.Response response = Http.get(queries + path, user);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
    if (expected != 200) {
      assertThat(response.contentType()).startsWith("application/problem+json");
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
   * A change, and its expected status for each user; statuses below 300 mean allowed (201 or 200
   * when already recorded).
   */
  private static Stream<Arguments> changes() {
    List<Arguments> cells = new ArrayList<>();
    for (String user : USERS) {
      boolean office = user.equals("office");
      cells.add(
          change(
              "launch",
              "POST",
              "/campaigns",
              """
              {"campaignId": "ACCESS-%s-2021", "name": "x", "focus": "PIRACY",
               "leadDepartment": "SAMR", "regions": ["11"],
               "period": {"startsOn": "2021-03-01", "endsOn": "2021-11-30"}}
              """
                  .formatted(user.toUpperCase().replace('.', '-')),
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "advance",
              "POST",
              "/campaigns/ACCESS-2021/phase",
              "{\"to\": \"MOBILISATION\"}",
              user,
              office ? 200 : 403));
      cells.add(
          change(
              "assign",
              "POST",
              "/campaigns/ACCESS-2021/tasks",
              "{\"taskId\": \"AT-"
                  + id(user)
                  + "\", \"department\": \"MPS\", \"title\": \"t\", \"dueOn\": \"2021-10-01\"}",
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "add a region",
              "POST",
              "/campaigns/ACCESS-2021/regions",
              "{\"regions\": [\"44\"]}",
              user,
              office ? 200 : 403));
      boolean mps = user.equals("mps") || user.equals("mps.hebei");
      cells.add(
          change(
              "acknowledge MPS's task",
              "POST",
              "/campaigns/ACCESS-2021/tasks/AT-1/acknowledgement",
              "{\"department\": \"MPS\"}",
              user,
              mps ? 200 : 403));
      cells.add(
          change(
              "report for MPS in Guangdong",
              "POST",
              "/campaigns/ACCESS-2021/site-raids",
              raid("AR-" + id(user) + "-44", "MPS", "44"),
              user,
              user.equals("mps") ? 201 : 403));
      cells.add(
          change(
              "report for MPS in Hebei",
              "POST",
              "/campaigns/ACCESS-2021/site-raids",
              raid("AR-" + id(user) + "-13", "MPS", "13"),
              user,
              mps ? 201 : 403));
      cells.add(
          change(
              "report for SAMR",
              "POST",
              "/campaigns/ACCESS-2021/site-raids",
              raid("AR-" + id(user) + "-SAMR", "SAMR", "44"),
              user,
              user.equals("samr") ? 201 : 403));
      cells.add(
          change(
              "correct MPS's report",
              "PUT",
              "/campaigns/ACCESS-2021/site-raids/AM-1",
              """
              {"department": "MPS", "region": "44", "occurredOn": "2021-04-01",
               "reportedBy": "%s", "sites": 4, "reason": "recount"}
              """
                  .formatted(user),
              user,
              user.equals("mps") ? 201 : 403));
      cells.add(
          change(
              "retract SAMR's report",
              "POST",
              "/campaigns/ACCESS-2021/reports/AS-1/retraction",
              "{\"department\": \"SAMR\", \"reason\": \"entered twice\"}",
              user,
              user.equals("samr") ? 201 : 403));
      cells.add(
          change(
              "transfer a case from SAMR",
              "POST",
              "/cases/ACC-CASE-" + id(user) + "/transfers/T1",
              "{\"from\": \"SAMR\", \"to\": \"MPS\", \"region\": \"44\", \"title\": \"t\"}",
              user,
              user.equals("samr") ? 201 : 403));
      cells.add(
          change(
              "accept a case for MPS",
              "POST",
              "/cases/ACC-CASE-1/transfers/T1/acceptance",
              "{\"department\": \"MPS\"}",
              user,
              user.equals("mps") ? 201 : mps ? 200 : 403));
      cells.add(
          change(
              "join a department",
              "POST",
              "/campaigns/ACCESS-OFFICE-2021/departments",
              "{\"department\": \"NCAC\"}",
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "withdraw a department",
              "POST",
              "/campaigns/ACCESS-OFFICE-2021/departments/NCAC/withdrawal",
              "{\"reason\": \"reorganised\"}",
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "set targets",
              "PUT",
              "/campaigns/ACCESS-2021/targets",
              "{\"targets\": {\"SITES_RAIDED\": 10}}",
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "note progress on MPS's task",
              "POST",
              "/campaigns/ACCESS-2021/tasks/AT-1/progress",
              "{\"department\": \"MPS\", \"note\": \"two markets checked\"}",
              user,
              mps ? 201 : 403));
      cells.add(
          change(
              "complete MPS's task",
              "POST",
              "/campaigns/ACCESS-2021/tasks/AT-2/completion",
              "{\"department\": \"MPS\"}",
              user,
              mps ? 201 : 403));
      cells.add(
          change(
              "reassign a task",
              "POST",
              "/campaigns/ACCESS-2021/tasks/AT-3/reassignment",
              "{\"department\": \"MPS\", \"dueOn\": \"2021-10-15\"}",
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "cancel a task",
              "POST",
              "/campaigns/ACCESS-2021/tasks/AT-4/cancellation",
              "{\"reason\": \"merged into AT-1\"}",
              user,
              office ? 201 : 403));
      cells.add(
          change(
              "return a case sent to MPS",
              "POST",
              "/cases/ACC-CASE-2/transfers/T1/return",
              "{\"department\": \"MPS\", \"reason\": \"no evidence\"}",
              user,
              mps ? 201 : 403));
      cells.add(
          change(
              "close a campaign not yet reviewed",
              "POST",
              "/campaigns/ACCESS-OFFICE-2021/closure",
              "{\"summary\": \"done\"}",
              user,
              office ? 422 : 403));
      cells.add(
          change(
              "rebuild a projection",
              "POST",
              "/projections/nope/rebuilds",
              "",
              user,
              office ? 404 : 403));
    }
    return cells.stream();
  }

  /** A user's name as part of an id, which takes no dots. */
  private static String id(String user) {
    return user.replace('.', '-');
  }

  private static Arguments change(
      String what, String method, String path, String body, String user, int expected) {
    return Arguments.of(what, user, method, path, body, expected);
  }

  @ParameterizedTest(name = "{0} as {1}: {5}")
  @MethodSource("changes")
  @DisplayName("changes")
  void changes(String what, String user, String method, String path, String body, int expected) {
    String base = path.startsWith("/projections") ? queries : commands;
    Http.Response response =
        method.equals("PUT")
            ? Http.put(base + path, body, user)
            : Http.post(base + path, body, user);
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
}
