package org.liandong.deploy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the office publishes, in the access matrix: a release of 2021 issued in setup, read by every
 * signed-in user; issuing and amending releases are the office's alone.
 */
final class PublicationAccess {

  static final String RELEASE = "REL-2021-ACCESS";

  private final String commands;
  private final String queries;

  PublicationAccess(String commands, String queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** The release of setup, read back by the query side. */
  void published() {
    Http.post(commands + "/releases", release(RELEASE), "office");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Http.get(queries + "/releases/" + RELEASE).status() == 200);
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
    }
    return cells;
  }

  /** The changes, for one user, each as {@code (what, user, method, url, body, expected)}. */
  List<Arguments> changes(String user) {
    int office = user.equals("office") ? 201 : 403;
    String suffix = user.toUpperCase().replace('.', '-');
    return List.of(
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

  private static String release(String releaseId) {
    return """
        {"releaseId": "%s", "year": 2021, "cutOff": "2022-01-31T16:00:00Z",
         "title": {"zh": "2021年度数据", "en": "2021 figures"},
         "text": {"zh": "访问测试", "en": "Access test"}}
        """
        .formatted(releaseId);
  }
}
