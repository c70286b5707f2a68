package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The hostile pass over the input (issue 11): values Jackson would cut or convert, bounds, the
 * internals a refusal could give away, paging past the end, and the log of an expected refusal.
 */
@DisplayName("Hostile input is refused cleanly")
class HostileInputTest {

  private static final String CAMPAIGN = "HOSTILE-2020";
  private static String commands;
  private static String queries;
  private static EventStore eventStore;

  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
    eventStore = platform.commandSide().getBean(EventStore.class);
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "HOSTILE-2020", "name": "Hostile input test", "focus": "IMPORT_EXPORT",
         "leadDepartment": "GACC", "participatingDepartments": ["MPS"], "regions": ["44"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
  }

  private static long storedEvents() {
    return eventStore.readEvents(CAMPAIGN).asStream().count();
  }

  private static String raid(String sites) {
    return """
        {"reportId": "H-RAID-1", "department": "MPS", "region": "44", "occurredOn": "2020-05-01",
         "reportedBy": "gd.police", "sites": %s}
        """
        .formatted(sites);
  }

  /** Refused with 400 invalid-field naming the field, and nothing recorded. */
  private static JsonNode refused(String path, String body, String field) {
    long before = storedEvents();
    Http.Response response = Http.post(commands + path, body);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("type").asText()).isEqualTo("/problems/invalid-field");
    assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(storedEvents()).isEqualTo(before);
    return response.body();
  }

  @Nested
  @DisplayName("whole numbers are whole, and numbers are numbers")
  class WholeNumbers {

    @Test
    @DisplayName("a fraction of a site is refused, not cut to 1")
    void fraction() {
      JsonNode problem = refused("/campaigns/" + CAMPAIGN + "/site-raids", raid("1.5"), "sites");
      assertThat(problem.path("detail").asText()).contains("whole number");
    }

    @Test
    @DisplayName("a count given as text is refused, not parsed")
    void countAsText() {
      refused("/campaigns/" + CAMPAIGN + "/site-raids", raid("\"2\""), "sites");
    }

    @Test
    @DisplayName("an amount given as text is refused")
    void amountAsText() {
      refused(
          "/campaigns/" + CAMPAIGN + "/goods-seizures",
          """
          {"reportId": "H-SZ-1", "department": "MPS", "region": "44", "occurredOn": "2020-05-01",
           "reportedBy": "gd.police", "category": "APPAREL",
           "quantity": {"amount": "12", "unit": "piece"}}
          """,
          "quantity.amount");
    }

    @Test
    @DisplayName("a number given for text is refused, not turned into text")
    void numberAsText() {
      refused(
          "/campaigns/" + CAMPAIGN + "/site-raids",
          raid("1").replace("\"gd.police\"", "12345"),
          "reportedBy");
    }

    @Test
    @DisplayName("a target given as a fraction is refused")
    void fractionalTarget() {
      refused(
          "/campaigns/" + CAMPAIGN + "/tasks",
          """
          {"taskId": "H-T-1", "department": "MPS", "title": "x", "dueOn": "2020-06-30",
           "targets": {"SITES_RAIDED": 2.5}}
          """,
          "targets.SITES_RAIDED");
    }

    @Test
    @DisplayName("a whole number is still taken")
    void wholeNumberTaken() {
      assertThat(
              Http.post(
                      commands + "/campaigns/" + CAMPAIGN + "/site-raids",
                      raid("2").replace("H-RAID-1", "H-RAID-OK"))
                  .status())
          .isEqualTo(201);
    }
  }

  @Nested
  @DisplayName("counts and amounts have upper bounds")
  class Bounds {

    @Test
    @DisplayName("a count over ten million")
    void count() {
      refused("/campaigns/" + CAMPAIGN + "/site-raids", raid("10000001"), "sites");
    }

    @Test
    @DisplayName("a count over the range of a whole number")
    void overflow() {
      refused("/campaigns/" + CAMPAIGN + "/site-raids", raid("2147483648"), "sites");
    }

    @Test
    @DisplayName("a target of a trillion")
    void target() {
      refused(
          "/campaigns/" + CAMPAIGN + "/tasks",
          """
          {"taskId": "H-T-2", "department": "MPS", "title": "x", "dueOn": "2020-06-30",
           "targets": {"GOODS_VALUE_CNY": 1000000000000}}
          """,
          "targets.GOODS_VALUE_CNY");
    }

    @Test
    @DisplayName("control characters in text")
    void controlCharacters() {
      refused(
          "/campaigns/" + CAMPAIGN + "/site-raids",
          raid("1").replace("gd.police", "gd\\u0000police\\u001b[2J"),
          "reportedBy");
    }
  }

  @Nested
  @DisplayName("a task's step names its task in the path alone")
  class TaskAddressInPath {

    @Test
    @DisplayName("query parameters naming another campaign and task change nothing there")
    void queryParametersCannotRedirect() {
      Http.post(
          commands + "/campaigns/" + CAMPAIGN + "/tasks",
          """
          {"taskId": "H-T-PATH", "department": "MPS", "region": "44", "title": "x",
           "dueOn": "2099-06-30"}
          """);
      long elsewhere = eventStore.readEvents("SWORD-NET-2020").asStream().count();
      Http.Response response =
          Http.post(
              commands
                  + "/campaigns/"
                  + CAMPAIGN
                  + "/tasks/H-T-PATH/acknowledgement?campaignId=SWORD-NET-2020&taskId=OTHER",
              "{\"department\": \"MPS\"}",
              "mps");
      assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
      assertThat(response.body().path("campaignId").asText()).isEqualTo(CAMPAIGN);
      assertThat(response.body().path("id").asText()).isEqualTo("H-T-PATH");
      assertThat(eventStore.readEvents("SWORD-NET-2020").asStream().count()).isEqualTo(elsewhere);
    }

    @Test
    @DisplayName("a task id in the path that is not one is refused naming taskId")
    void badTaskId() {
      refused(
          "/campaigns/" + CAMPAIGN + "/tasks/bad%20id!/completion",
          "{\"department\": \"MPS\", \"note\": \"x\"}",
          "taskId");
    }
  }

  @Nested
  @DisplayName("refusals name no class, package or library")
  class NoInternals {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "nesting deeper than the parser allows",
          "a number longer than the parser allows",
          "a body that is not JSON",
          "a path id that does not convert"
        })
    void noInternals(String what) {
      Http.Response response =
          switch (what) {
            case "nesting deeper than the parser allows" ->
                Http.post(
                    commands + "/campaigns/" + CAMPAIGN + "/site-raids",
                    "{\"notes\": " + "[".repeat(1100) + "]".repeat(1100) + "}",
                    "mps");
            case "a number longer than the parser allows" ->
                Http.post(
                    commands + "/campaigns/" + CAMPAIGN + "/site-raids",
                    raid("1" + "0".repeat(1200)),
                    "mps");
            case "a body that is not JSON" ->
                Http.post(
                    commands + "/campaigns/" + CAMPAIGN + "/site-raids", "{\"sites\": x}", "mps");
            default -> Http.post(commands + "/campaigns/bad%20id!/site-raids", raid("1"), "mps");
          };
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().toString())
          .doesNotContainIgnoringCase("jackson")
          .doesNotContain("StreamReadConstraints")
          .doesNotContain("java.")
          .doesNotContain("org.")
          .doesNotContain("com.")
          .doesNotContain("Exception");
    }
  }

  @Nested
  @DisplayName("paging")
  class Paging {

    @Test
    @DisplayName("a page past the end is empty, not the first page again")
    void pastTheEnd() {
      Http.Response response =
          Http.get(queries + "/campaigns/" + CAMPAIGN + "/history?page=2147483647", "auditor");
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body().path("page").asInt()).isEqualTo(Integer.MAX_VALUE);
      assertThat(response.body().path("items")).isEmpty();
    }

    @Test
    @DisplayName("a page of reports past the end is empty")
    void reportsPastTheEnd() {
      Http.Response response =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      Http.get(
                          queries + "/campaigns/SWORD-NET-2020/reports?page=2147483647&size=100"),
                  answer -> answer.body().path("total").asLong() > 0);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body().path("items")).isEmpty();
    }
  }

  @Nested
  @DisplayName("logging")
  class Logging {

    @Test
    @DisplayName("a command to an unknown campaign is logged in one line, without a stack trace")
    void oneLine() {
      Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
      ListAppender<ILoggingEvent> appender = new ListAppender<>();
      appender.start();
      root.addAppender(appender);
      try {
        Http.Response response =
            Http.post(
                commands + "/campaigns/NEVER-LAUNCHED-H/site-raids",
                raid("1").replace("\"MPS\"", "\"GACC\""),
                "gacc");
        assertThat(response.status()).isEqualTo(404);
      } finally {
        root.detachAppender(appender);
      }
      List<ILoggingEvent> warnings =
          appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
      assertThat(warnings).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
      assertThat(appender.list)
          .filteredOn(e -> e.getFormattedMessage().contains("NEVER-LAUNCHED-H"))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }
  }
}
