package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client subscribed to a campaign's dashboard sees a new report without asking again. */
@DisplayName("Live dashboard updates as server-sent events")
class LiveDashboardTest {

  @Test
  @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @DisplayName("the summary comes at once, and again with the new figures after a report")
  void liveUpdates() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "LIVE-2020", "name": "Live test", "focus": "PIRACY",
         "leadDepartment": "NCAC", "participatingDepartments": ["CAC"], "regions": ["11"],
         "period": {"startsOn": "2020-06-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "LIVE-2020");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Http.get(queries + "/campaigns/LIVE-2020").status() == 200);

    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(URI.create(queries + "/campaigns/LIVE-2020/live"))
                    .header("Authorization", DemoUsers.basic("office"))
                    .build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(30, TimeUnit.SECONDS);
    assertThat(stream.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    Iterator<String> lines = stream.body().iterator();
    assertThat(nextData(lines)).contains("\"websitesClosed\":0");

    Http.post(
        commands + "/campaigns/LIVE-2020/website-closures",
        """
        {"reportId": "LIVE-1", "department": "CAC", "region": "11", "occurredOn": "2020-07-01",
         "reportedBy": "cac.enforcement", "websites": 12}
        """);
    String update = nextData(lines);
    while (!update.contains("\"websitesClosed\":12")) {
      update = nextData(lines);
    }
    assertThat(update).contains("\"campaignId\":\"LIVE-2020\"");
    stream.body().close();
  }

  /** The data of the next event; the test's timeout bounds the wait. */
  private static String nextData(Iterator<String> lines) {
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.startsWith("data:")) {
        return line.substring("data:".length());
      }
    }
    throw new AssertionError("the event stream ended");
  }
}
