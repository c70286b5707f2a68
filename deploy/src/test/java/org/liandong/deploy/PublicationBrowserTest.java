package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.deploy.Browsers.choose;
import static org.liandong.deploy.Browsers.date;
import static org.liandong.deploy.Browsers.reloadUntil;
import static org.liandong.deploy.Browsers.screenshot;
import static org.liandong.deploy.Browsers.shownText;
import static org.liandong.deploy.Browsers.type;
import static org.liandong.deploy.Browsers.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the office publishes, in headless Chromium on the browser tests' platform: the statistics of
 * a year, whose figures open the reports behind them; a release issued through its form; a typical
 * case proposed from a report page, refused while it names a suspect, approved by the office; the
 * dashboard's weekly timeline, targets and task rates. Its campaign, of 2023 (a year the demo has
 * nothing in), has an id of its own.
 */
@DisplayName("Statistics, releases and typical cases in a real browser")
class PublicationBrowserTest {

  private static final String SUFFIX =
      UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  private static final String CAMPAIGN = "PUB-" + SUFFIX;
  private static final String RAID = "PUB-R-" + SUFFIX;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String app;

  @RegisterExtension final BrowserSessions browsers = new BrowserSessions();

  /**
   * A campaign of 2023 in Zhejiang and Guangdong with a target, a task done late, two raids in
   * different weeks and a seizure, all by customs.
   */
  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.forBrowsers();
    app = platform.webAddress().orElseThrow();
    String commands = "http://localhost:" + platform.commandPort();
    expect(
        Http.post(
            commands + "/campaigns",
            """
            {"campaignId": "%s", "name": "Blue Net 2023 %s", "focus": "IMPORT_EXPORT",
             "leadDepartment": "GACC", "participatingDepartments": ["MPS"],
             "regions": ["33", "44"], "period": {"startsOn": "2023-01-01", "endsOn": "2023-12-31"}}
            """
                .formatted(CAMPAIGN, SUFFIX),
            "office"));
    expect(
        Http.put(
            commands + "/campaigns/" + CAMPAIGN + "/targets",
            "{\"keyPoints\": [], \"targets\": {\"SITES_RAIDED\": 10}}",
            "office"));
    expect(
        Http.post(
            commands + "/campaigns/" + CAMPAIGN + "/tasks",
            """
            {"taskId": "T1", "department": "GACC", "region": "33",
             "title": "Inspect the bonded warehouses of Ningbo", "dueOn": "2023-03-31"}
            """,
            "office"));
    TestPlatforms.mobilise(commands, CAMPAIGN);
    String reports = commands + "/campaigns/" + CAMPAIGN;
    expect(Http.post(reports + "/site-raids", raid(RAID, "2023-05-16", 4), "gacc"));
    expect(Http.post(reports + "/site-raids", raid(RAID + "-2", "2023-06-20", 2), "gacc"));
    expect(
        Http.post(
            reports + "/tasks/T1/completion",
            "{\"department\": \"GACC\", \"note\": \"12 warehouses inspected\"}",
            "gacc"));
  }

  private static String raid(String id, String day, int sites) {
    return """
        {"reportId": "%s", "department": "GACC", "region": "33", "occurredOn": "%s",
         "reportedBy": "ningbo.customs", "sites": %d}
        """
        .formatted(id, day, sites);
  }

  private static void expect(Http.Response response) {
    assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
  }

  @Test
  @DisplayName(
      "customs proposes a typical case from its report; naming a suspect is refused beside"
          + " narrative.zh; fixed, it is proposed; the office approves it and it is published")
  void typicalCase() {
    String id = "TC-PUB-" + SUFFIX;
    WebDriver customs = browsers.signedIn("gacc");
    String report = app + "/campaigns/" + CAMPAIGN + "/reports/" + RAID;
    reloadUntil(customs, report, By.id("propose-typical"), null).click();
    type(customs, "field-typicalCaseId", id);
    choose(customs, "field-right", "TRADEMARK");
    type(customs, "field-title-zh", "宁波海关查处侵权仓库案");
    type(customs, "field-title-en", "Ningbo customs: infringing warehouses raided");
    type(customs, "field-narrative-zh", "宁波海关查处4个仓库，犯罪嫌疑人王建国等已移送公安机关。");
    type(customs, "field-narrative-en", "Customs raided four warehouses in Ningbo.");
    customs.findElement(By.id("propose-case")).click();
    String error = shownText(customs, By.id("error-field-narrative-zh"));
    assertThat(error).contains("names a suspect").doesNotContain("王建国");
    assertThat(customs.findElement(By.id("error-field-narrative-en")).getText()).isEmpty();
    assertThat(customs.findElement(By.id("field-narrative-zh")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(customs.findElement(By.id("field-title-en")).getAttribute("value"))
        .as("what was typed is kept")
        .isEqualTo("Ningbo customs: infringing warehouses raided");
    screenshot(customs, "typical-case-refused");

    type(customs, "field-narrative-zh", "宁波海关查处4个仓库，犯罪嫌疑人王某等已移送公安机关。");
    customs.findElement(By.id("propose-case")).click();
    waitFor(customs, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), id));

    WebDriver office = browsers.signedIn("office");
    String page = app + "/typical-cases/" + id;
    reloadUntil(office, page, By.id("approve-case"), null).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), id));
    reloadUntil(office, page, By.id("case-status"), "已发布");
    assertThat(office.findElement(By.id("case-narrative")).getText()).contains("王某");
    reloadUntil(
        customs, app + "/typical-cases?year=2023&status=PUBLISHED", By.id("case-" + id), "已发布");
    screenshot(customs, "typical-cases");
    assertThat(fetch(customs, "/typical-cases/printable?year=2023")).startsWith("application/pdf");
  }

  @Test
  @DisplayName(
      "the statistics of 2023 show the campaign's raids; the figure opens its reports, and a"
          + " report its page")
  void statistics() {
    String year = app + "/statistics/2023?figure=sitesRaided";
    String row = "#by-campaign-" + CAMPAIGN + " a.figure";
    WebDriver police = browsers.signedIn("mps");
    reloadUntil(police, year, By.cssSelector(row), "6").click();
    assertThat(shownText(police, By.id("sources-withheld")))
        .as("the police may not read customs' reports: counted, not shown")
        .contains("2");
    assertThat(police.findElements(By.id("sources-total"))).isEmpty();
    assertThat(police.findElements(By.id("source-" + RAID))).isEmpty();

    WebDriver office = browsers.signedIn("office");
    office.get(year);
    waitFor(
        office, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-tiles svg")));
    assertThat(office.findElement(By.cssSelector("#by-region-33 a.figure")).getText())
        .isEqualTo("6");
    screenshot(office, "statistics");
    office.findElement(By.cssSelector(row)).click();
    assertThat(shownText(office, By.id("sources-total"))).contains("6");
    office.findElement(By.cssSelector("#source-" + RAID + " a")).click();
    waitFor(
        office, ExpectedConditions.textToBePresentInElementLocated(By.id("report-title"), RAID));
  }

  @Test
  @DisplayName(
      "the office issues a release of the campaign (a wrong id refused beside the field); its page"
          + " shows the figures, and its PDF downloads through the app")
  void release() {
    String id = "REL-2023-PUB" + SUFFIX;
    WebDriver office = browsers.signedIn("office");
    office.get(app + "/releases");
    office.findElement(By.id("issue-release")).click();
    type(office, "field-releaseId", "REL-2022-PUB" + SUFFIX);
    type(office, "field-year", "2023");
    choose(office, "field-campaign", CAMPAIGN);
    date(
        office,
        "field-cutOff",
        LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS).toString());
    type(office, "field-title-zh", "“蓝网2023”行动成果");
    type(office, "field-title-en", "Blue Net 2023 results");
    type(office, "field-text-zh", "寄递渠道知识产权保护专项行动。");
    type(office, "field-text-en", "IPR protection in shipping and delivery channels.");
    office.findElement(By.id("issue")).click();
    assertThat(shownText(office, By.id("error-field-releaseId"))).contains("2023");
    type(office, "field-releaseId", id);
    office.findElement(By.id("issue")).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), id));

    String page = app + "/releases/" + id;
    reloadUntil(office, page, By.cssSelector("#total-sitesRaided a.figure"), "6");
    assertThat(office.findElement(By.id("release-title")).getText()).isEqualTo("“蓝网2023”行动成果");
    assertThat(office.findElement(By.id("release-text")).getText()).contains("寄递渠道");
    screenshot(office, "release");
    assertThat(fetch(office, "/releases/" + id + "/pdf")).startsWith("application/pdf %PDF");
    assertThat(fetch(office, "/releases/" + id + "/download?format=csv")).startsWith("text/csv");
  }

  @Test
  @DisplayName(
      "the dashboard draws the weekly timeline, the targets and the task rates; a week opens the"
          + " reports of its days")
  void dashboardCharts() throws Exception {
    WebDriver office = browsers.signedIn("office");
    String dashboard = app + "/campaigns/" + CAMPAIGN;
    reloadUntil(office, dashboard, By.cssSelector("#chart-targets svg"), null);
    waitFor(office, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-week svg")));
    waitFor(
        office, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-tasks svg")));
    JsonNode targets = chart(office, "chart-targets").path("bars");
    assertThat(targets.get(0).path("value").decimalValue()).isEqualByComparingTo("60");
    JsonNode tasks = chart(office, "chart-tasks").path("bars");
    assertThat(tasks.get(0).path("value").decimalValue()).isEqualByComparingTo("100");
    assertThat(tasks.get(1).path("value").decimalValue()).as("done late").isZero();
    screenshot(office, "dashboard-progress");

    JsonNode weeks = chart(office, "chart-week").path("bars");
    assertThat(weeks.findValuesAsText("label"))
        .as("16 May and 20 June, the weeks between without reports")
        .containsExactly("2023-W20", "2023-W21", "2023-W22", "2023-W23", "2023-W24", "2023-W25");
    office.get(app + weeks.get(0).path("link").asText());
    waitFor(office, ExpectedConditions.presenceOfElementLocated(By.id("ledger-" + RAID)));
    assertThat(office.findElements(By.id("ledger-" + RAID + "-2")))
        .as("the other week's raid")
        .isEmpty();
    office.get(app + targets.get(0).path("link").asText());
    waitFor(
        office, ExpectedConditions.textToBePresentInElementLocated(By.id("sources-total"), "6"));
  }

  private static JsonNode chart(WebDriver browser, String id) throws Exception {
    return JSON.readTree(browser.findElement(By.id(id)).getAttribute("data-chart"));
  }

  /**
   * Fetches a download from the page, as a link would, and answers its content type, a space and
   * its first four characters (a refusal answers an HTML page).
   */
  private static String fetch(WebDriver browser, String path) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(function (r) {"
                    + "  return r.text().then(function (t) {"
                    + "    done(r.headers.get('content-type') + ' ' + t.substring(0, 4));"
                    + "  });"
                    + "});",
                path);
  }
}
