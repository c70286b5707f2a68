package org.liandong.deploy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the office publishes, in the access matrix: a release of 2021 issued in setup, read by every
 * signed-in user; issuing and amending releases are the office's alone. Typical cases of an MPS
 * report in ACCESS-GD-2021 (Guangdong): one published, read by everybody; one proposed, a draft
 * read by the office and mps alone (not mps.hebei: the report lies in Guangdong), 404 to the rest.
 */
final class PublicationAccess {

  static final String RELEASE = "REL-2021-ACCESS";
  static final String PUBLISHED = "TC-2021-AM-PUBLISHED";
  static final String DRAFT = "TC-2021-AM-DRAFT";
  private static final String TO_RETURN = "TC-2021-AM-RETURN";
  private static final String TO_APPROVE = "TC-2021-AM-APPROVE";
  private static final Set<String> DRAFT_READERS = Set.of("office", "mps");

  private final String commands;
  private final String queries;

  PublicationAccess(String commands, String queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** The release of setup, read back by the query side. */
  void published() {
    Http.post(commands + "/releases", release(RELEASE), "office");
    Http.post(
        commands + "/campaigns/ACCESS-GD-2021/site-raids",
        """
        {"reportId": "AM-TC-44", "department": "MPS", "region": "44", "occurredOn": "2021-04-01",
         "reportedBy": "mps", "sites": 1}
        """,
        "mps");
    for (String typicalCase : List.of(PUBLISHED, DRAFT, TO_RETURN, TO_APPROVE)) {
      Http.put(commands + "/typical-cases/" + typicalCase, proposal(), "mps");
    }
    Http.post(commands + "/typical-cases/" + PUBLISHED + "/approval", "", "office");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/releases/" + RELEASE).status() == 200
                    && Http.get(queries + "/typical-cases/" + DRAFT).status() == 200
                    && Http.get(queries + "/typical-cases/" + PUBLISHED, "gacc").status() == 200);
  }

  /** The reads, for each user: everybody reads what is published. */
  List<Arguments> reads(List<String> users) {
    List<Arguments> cells = new ArrayList<>();
    for (String user : users) {
      cells.add(Arguments.of("/releases", user, 200));
      cells.add(Arguments.of("/releases/" + RELEASE, user, 200));
      cells.add(Arguments.of("/releases/" + RELEASE + "?format=csv", user, 200));
      cells.add(Arguments.of("/releases/REL-2021-NONE", user, 404));
      cells.add(Arguments.of("/statistics/2021/reports?figure=sitesRaided", user, 200));
      cells.add(Arguments.of("/typical-cases", user, 200));
      cells.add(Arguments.of("/printable/typical-cases", user, 200));
      cells.add(Arguments.of("/printable/releases/" + RELEASE, user, 200));
      cells.add(Arguments.of("/typical-cases?format=xlsx", user, 200));
      cells.add(Arguments.of("/typical-cases/" + PUBLISHED, user, 200));
      cells.add(
          Arguments.of("/typical-cases/" + DRAFT, user, DRAFT_READERS.contains(user) ? 200 : 404));
    }
    return cells;
  }

  /** The changes, for one user, each as {@code (what, user, method, url, body, expected)}. */
  List<Arguments> changes(String user) {
    int office = user.equals("office") ? 201 : 403;
    String suffix = user.toUpperCase().replace('.', '-');
    // mps.hebei acts for MPS, but may not see a report in Guangdong: refused by the campaign, 422.
    int mps = user.equals("mps") ? 201 : user.equals("mps.hebei") ? 422 : 403;
    return List.of(
        Arguments.of(
            "propose a typical case",
            user,
            "PUT",
            commands + "/typical-cases/TC-2021-AM-" + suffix,
            proposal(),
            mps),
        Arguments.of(
            "return a typical case",
            user,
            "POST",
            commands + "/typical-cases/" + TO_RETURN + "/return",
            "{\"reason\": \"more detail\"}",
            office),
        Arguments.of(
            "approve a typical case",
            user,
            "POST",
            commands + "/typical-cases/" + TO_APPROVE + "/approval",
            "",
            office),
        Arguments.of(
            "issue a release",
            user,
            "POST",
            commands + "/releases",
            release("REL-2021-AM-" + suffix),
            office),
        Arguments.of(
            "amend a release's text",
            user,
            "PUT",
            commands + "/releases/" + RELEASE + "/text",
            """
            {"title": {"zh": "2021年度数据（修订）", "en": "2021 figures (amended)"},
             "text": {"zh": "修订", "en": "amended by %s"}, "reason": "wording"}
            """
                .formatted(user),
            office));
  }

  private static String proposal() {
    return """
        {"department": "MPS", "campaign": "ACCESS-GD-2021", "report": "AM-TC-44", "right": "TRADEMARK",
         "title": {"zh": "访问测试案例", "en": "Access test case"},
         "narrative": {"zh": "抓获犯罪嫌疑人1名。", "en": "One suspect was arrested."}}
        """;
  }

  private static String release(String releaseId) {
    return """
        {"releaseId": "%s", "year": 2021, "cutOff": "2022-01-31T16:00:00Z",
         "title": {"zh": "2021年度数据", "en": "2021 figures"},
         "text": {"zh": "访问测试", "en": "Access test"}}
        """
        .formatted(releaseId);
  }
}
