package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.deploy.Browsers.choose;
import static org.liandong.deploy.Browsers.date;
import static org.liandong.deploy.Browsers.reloadUntil;
import static org.liandong.deploy.Browsers.screenshot;
import static org.liandong.deploy.Browsers.script;
import static org.liandong.deploy.Browsers.shownText;
import static org.liandong.deploy.Browsers.type;
import static org.liandong.deploy.Browsers.waitFor;

import java.time.Instant;
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
 * An evaluation round through the web app in headless Chromium, on the platform the browser tests
 * share ({@link TestPlatforms#forBrowsers()}), in a round of its own: the office drafts it, assigns
 * the evaluators and the lead and opens the round, Hebei's office submits its self-assessment, two
 * evaluators score through their sheets (a wrong score first), the lead evaluator settles the
 * flagged score and publishes, the ranking and the scorecards show, and Hebei appeals.
 */
@DisplayName("Evaluation in a real browser")
class EvaluationBrowserTest {

  private static LocalPlatform platform;
  private static String app;

  @RegisterExtension final BrowserSessions browsers = new BrowserSessions();

  @BeforeAll
  static void platform() {
    platform = TestPlatforms.forBrowsers();
    app = platform.webAddress().orElseThrow();
  }

  @Test
  @DisplayName(
      "an evaluator scores (a wrong score shown beside its field first) and a lead evaluator"
          + " publishes: the ranking shows, each region opens its scorecard and Hebei appeals")
  void anEvaluatorScoresAndALeadEvaluatorPublishes() {
    String round =
        "EVAL-2020-WEB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    String page = app + "/evaluations/" + round;
    WebDriver office = browsers.signedIn("office");
    draft(office, round);
    reloadUntil(office, app + "/evaluations", By.id("round-" + round), round);
    office.findElement(By.cssSelector("#round-" + round + " a")).click();
    waitFor(office, ExpectedConditions.presenceOfElementLocated(By.id("assign")));
    assign(office, "eval.wang", "11");
    assign(office, "eval.li", "51");
    type(office, "lead-evaluator", "eval.zhao");
    office.findElement(By.id("name-lead")).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "牵头评估人"));
    movePhase(office, page, "自评开放");

    WebDriver hebei = browsers.signedIn("hebei.office");
    String hebeiCard = page + "/regions/13";
    reloadUntil(hebei, page, By.id("own-scorecard"), null);
    assertThat(hebei.findElements(By.cssSelector("#ranking-table tbody tr")))
        .as("Hebei's office reads its own region alone before publication")
        .hasSize(1);
    assertThat(hebei.findElements(By.id("move-phase"))).isEmpty();
    hebei.findElement(By.id("own-scorecard")).click();
    waitFor(hebei, ExpectedConditions.presenceOfElementLocated(By.id("self-assessment-form")));
    type(hebei, "self-assessment-field", "A joint enforcement office in every city");
    hebei.findElement(By.id("submit-self-assessment")).click();
    waitFor(hebei, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "自评"));

    office.get(page);
    movePhase(office, page, "评分");
    assertThat(office.findElements(By.id("assign"))).as("no assignments once scoring").isEmpty();
    browsers.close(office);

    WebDriver wang = browsers.signedIn("eval.wang");
    reloadUntil(wang, page + "/worklist", By.id("sheet-13"), null);
    wang.findElement(By.id("sheet-13")).click();
    waitFor(wang, ExpectedConditions.presenceOfElementLocated(By.id("submit-scores")));
    fillSheet(wang, "30", "15");
    wang.findElement(By.id("submit-scores")).click();
    String error = shownText(wang, By.id("error-score-B1"));
    assertThat(error).contains("20");
    assertThat(
            wang.findElement(By.xpath("//*[@id='error-score-B1']/preceding-sibling::*[1]"))
                .getAttribute("id"))
        .as("the error stands right after the field it names")
        .isEqualTo("score-B1");
    assertThat(wang.findElement(By.id("score-B1")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(wang.findElement(By.id("score-B1")).getAttribute("value")).isEqualTo("30");
    assertThat(wang.findElement(By.id("error-score-B2")).getText()).isEmpty();
    screenshot(wang, "scoring-sheet-error");
    type(wang, "score-B1", "18");
    wang.findElement(By.id("submit-scores")).click();
    waitFor(wang, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "13"));
    scoreRegion(wang, page, "33", "12", "14");
    browsers.close(wang);

    WebDriver li = browsers.signedIn("eval.li");
    scoreRegion(li, page, "13", "10", "16");
    scoreRegion(li, page, "33", "13", "14");
    browsers.close(li);

    WebDriver lead = browsers.signedIn("eval.zhao");
    reloadUntil(lead, page, By.id("round-phase"), "评分");
    movePhase(lead, page, "复核");
    reloadUntil(lead, page, By.id("flagged-13-B1"), null);
    type(lead, "settle-13-B1-score", "15");
    type(lead, "settle-13-B1-reason", "The notes of the visit to Shijiazhuang");
    lead.findElement(By.id("settle-13-B1-submit")).click();
    waitFor(lead, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "裁定"));
    choose(lead, "deduction-region", "33");
    choose(lead, "deduction-section", "B");
    type(lead, "deduction-points", "two");
    type(lead, "deduction-reason", "A task completed late");
    lead.findElement(By.id("deduct")).click();
    assertThat(shownText(lead, By.id("error-deduction-points")))
        .as("a refused deduction: the round's page again, the reason beside the field it names")
        .isNotBlank();
    assertThat(lead.findElement(By.id("deduction-reason")).getAttribute("value"))
        .as("what was typed, kept")
        .isEqualTo("A task completed late");
    choose(lead, "deduction-region", "33");
    choose(lead, "deduction-section", "B");
    type(lead, "deduction-points", "2");
    lead.findElement(By.id("deduct")).click();
    waitFor(lead, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "扣分"));
    movePhase(lead, page, "已发布");

    waitFor(
        lead, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-ranking svg")));
    assertThat(lead.findElements(By.cssSelector("#ranking-table .rank")))
        .extracting(rank -> rank.getText())
        .containsExactlyInAnyOrder("1", "2");
    assertThat(lead.findElement(By.cssSelector("#rank-13 .grade")).getText()).isNotBlank();
    assertThat(lead.findElements(By.cssSelector("#chart-ranking svg path")))
        .as("a bar per region")
        .isNotEmpty();
    screenshot(lead, "ranking");
    String rankingCsv =
        (String)
            ((JavascriptExecutor) lead)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.text()).then(done);",
                    lead.findElement(By.id("download-csv")).getAttribute("href"));
    assertThat(rankingCsv)
        .as("the ranking's spreadsheet, fetched by the app with the lead's token")
        .contains("rank", "河北省", "浙江省");

    lead.findElement(By.cssSelector("#rank-13 a.scorecard")).click();
    waitFor(lead, ExpectedConditions.presenceOfElementLocated(By.id("indicator-B1")));
    assertThat(lead.findElement(By.cssSelector("#indicator-B1 .score")).getText()).isEqualTo("15");
    assertThat(lead.findElement(By.cssSelector("#indicator-B2 .score")).getText())
        .isEqualTo("15.50");
    assertThat(lead.findElement(By.id("self-assessment-text")).getText())
        .contains("joint enforcement office");

    lead.get(page + "/regions/33");
    assertThat(lead.findElement(By.id("figure-A1")).getText())
        .as("Zhejiang's sites raided in 2020, as recorded by the cut-off")
        .isEqualTo("3");
    screenshot(lead, "scorecard");
    lead.findElement(By.id("figure-A1")).click();
    waitFor(lead, ExpectedConditions.presenceOfElementLocated(By.id("sources")));
    assertThat(lead.findElements(By.cssSelector("#sources a.source-report")))
        .extracting(link -> link.getAttribute("href"))
        .hasSize(2)
        .allMatch(href -> href.contains("/campaigns/WANGJIAN-2020/reports/WJ20-R-"));
    lead.findElement(By.cssSelector("#sources a.source-report")).click();
    waitFor(lead, ExpectedConditions.presenceOfElementLocated(By.id("report-figure-sites")));

    reloadUntil(hebei, hebeiCard, By.id("appeal-B2"), null);
    type(hebei, "appeal-B2-reason", "The training records were not read");
    hebei.findElement(By.id("appeal-B2-submit")).click();
    waitFor(hebei, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "申诉"));
    hebei.get(page);
    assertThat(hebei.findElements(By.cssSelector("#ranking-table tbody tr")))
        .as("the whole ranking once published")
        .hasSize(2);
    assertThat(hebei.findElements(By.id("moderation"))).isEmpty();

    reloadUntil(lead, page, By.id("decide-13-B2"), null);
    choose(lead, "decide-13-B2-decision", "AMENDED");
    type(lead, "decide-13-B2-score", "18");
    type(lead, "decide-13-B2-reason", "The records were read");
    lead.findElement(By.id("decide-13-B2-submit")).click();
    waitFor(lead, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "申诉"));
    reloadUntil(hebei, hebeiCard, By.cssSelector("#indicator-B2 .score"), "18");
  }

  /**
   * The office drafts the round with the form's example scheme: sites raided against a target of
   * ten, and two assessed indicators of 20 points, scores more than 5 apart flagged.
   */
  private static void draft(WebDriver office, String round) {
    office.get(app + "/evaluations");
    office.findElement(By.id("draft-round")).click();
    type(office, "draft-roundId", round);
    type(office, "draft-year", "2020");
    type(office, "draft-title", "Web evaluation " + round);
    // In the past, after the demo data the computed indicator reads.
    LocalDateTime cutOff =
        LocalDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneId.of("Asia/Shanghai"))
            .truncatedTo(ChronoUnit.SECONDS);
    date(office, "draft-cutOff", cutOff.toString());
    String example = office.findElement(By.id("draft-scheme")).getAttribute("value");
    script(
        office,
        "document.getElementById('draft-scheme').value = "
            + "document.getElementById('draft-scheme').value.replace('\"points\": 60, ', "
            + "'\"points\": 50, ');");
    office.findElement(By.id("draft-submit")).click();
    assertThat(shownText(office, By.id("error-draft-scheme")))
        .as("a section of 50 points whose indicator has 60")
        .contains("scheme", "50");
    assertThat(office.findElement(By.id("draft-roundId")).getAttribute("value")).isEqualTo(round);
    ((JavascriptExecutor) office)
        .executeScript("document.getElementById('draft-scheme').value = arguments[0];", example);
    office.findElement(By.id("draft-submit")).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), round));
  }

  private static void assign(WebDriver office, String evaluator, String home) {
    type(office, "assign-evaluator", evaluator);
    choose(office, "assign-homeRegion", home);
    office.findElement(By.id("assign-region-13")).click();
    office.findElement(By.id("assign-region-33")).click();
    office.findElement(By.id("assign-evaluator-submit")).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "评估人已指派"));
  }

  /** Moves the round on with the page's button, and waits until its page shows the new phase. */
  private static void movePhase(WebDriver browser, String page, String phase) {
    reloadUntil(browser, page, By.id("move-phase"), phase).click();
    waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "轮次已推进"));
    reloadUntil(browser, page, By.id("round-phase"), phase);
  }

  private static void scoreRegion(
      WebDriver evaluator, String page, String region, String b1, String b2) {
    reloadUntil(evaluator, page + "/worklist", By.id("sheet-" + region), null).click();
    waitFor(evaluator, ExpectedConditions.presenceOfElementLocated(By.id("submit-scores")));
    fillSheet(evaluator, b1, b2);
    evaluator.findElement(By.id("submit-scores")).click();
    waitFor(evaluator, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), region));
  }

  private static void fillSheet(WebDriver evaluator, String b1, String b2) {
    type(evaluator, "score-B1", b1);
    type(evaluator, "justification-B1", "Seen on the visit: a leading group meets monthly");
    type(evaluator, "score-B2", b2);
    type(evaluator, "justification-B2", "Training records of 2020 read");
  }
}
