package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.deploy.Browsers.choose;
import static org.liandong.deploy.Browsers.date;
import static org.liandong.deploy.Browsers.reloadUntil;
import static org.liandong.deploy.Browsers.screenshot;
import static org.liandong.deploy.Browsers.type;
import static org.liandong.deploy.Browsers.waitFor;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liandong.model.campaign.ReportDetails;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The departments' and the office's day-to-day work in headless Chromium, on the platform the
 * browser tests share ({@link TestPlatforms#forBrowsers()}): tasks worked, reassigned and
 * cancelled, a campaign closed, a report retracted, cases transferred, accepted and returned, and
 * the auditor's history. Each test sets up a campaign of its own through the API (ids with a random
 * suffix, which no demo or other test uses) and then works in the browser.
 */
@DisplayName("The departments' and the office's daily work in a real browser")
class DepartmentBrowserTest {

  private static String app;
  private static String commands;

  @RegisterExtension final BrowserSessions browsers = new BrowserSessions();

  @BeforeAll
  static void platform() {
    LocalPlatform platform = TestPlatforms.forBrowsers();
    app = platform.webAddress().orElseThrow();
    commands = "http://localhost:" + platform.commandPort();
  }

  @Test
  @DisplayName(
      "a department acknowledges a task, is told beside it that progress needs a note, notes it and"
          + " completes the task; the overdue task comes first")
  void departmentWorksItsTasks() {
    String campaign = campaign("DEPT-TASK");
    assign(campaign, "LATER", "GACC", "2030-06-30");
    assign(campaign, "LATE", "GACC", "2020-06-30");
    WebDriver customs = browsers.signedIn("gacc");

    reloadUntil(
        customs, app + "/workspace", By.cssSelector("#task-LATE-" + campaign + ".overdue"), null);
    String order = customs.findElement(By.id("tasks")).getText();
    assertThat(order.indexOf("LATE-" + campaign + " title"))
        .as("the overdue task first")
        .isLessThan(order.indexOf("LATER-" + campaign + " title"));
    assertThat(customs.findElement(By.id("task-LATE-" + campaign)).getText())
        .contains("2020-06-30", "已逾期");

    row(customs, "LATE-" + campaign, "button.acknowledge").click();
    waitFor(customs, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已签收"));
    reloadUntilGone(
        customs,
        app + "/workspace",
        By.cssSelector("#task-LATE-" + campaign + " button.acknowledge"));

    row(customs, "LATE-" + campaign, "button.note-progress").click();
    String refused =
        waitFor(
                customs,
                ExpectedConditions.visibilityOfElementLocated(
                    By.id("task-problem-LATE-" + campaign)))
            .getText();
    assertThat(refused).contains("note");

    type(customs, "note-LATE-" + campaign, "6 bonded warehouses inspected so far");
    row(customs, "LATE-" + campaign, "button.note-progress").click();
    waitFor(customs, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "进展已报告"));
    reloadUntil(customs, app + "/workspace", By.id("task-LATE-" + campaign), "6 bonded warehouses");
    screenshot(customs, "department-task-progress");

    type(customs, "note-LATE-" + campaign, "12 bonded warehouses inspected");
    row(customs, "LATE-" + campaign, "button.complete").click();
    waitFor(customs, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已办结"));
    reloadUntilGone(customs, app + "/workspace", By.id("task-LATE-" + campaign));
    assertThat(customs.findElements(By.id("task-LATER-" + campaign))).hasSize(1);
  }

  @Test
  @DisplayName(
      "the office cancels a task from the campaign's page (a reason is asked for) and reassigns"
          + " one")
  void officeChangesTasks() {
    String campaign = campaign("DEPT-OFFICE");
    assign(campaign, "CANCEL", "GACC", "2030-06-30");
    assign(campaign, "MOVE", "GACC", "2030-06-30");
    WebDriver office = browsers.signedIn("office");

    String cancelled = "CANCEL-" + campaign;
    campaignPageUntil(office, campaign, By.id("office-task-" + cancelled), "title");
    row(office, cancelled, "button.cancel-task", "office-task-").click();
    assertThat(
            waitFor(
                    office,
                    ExpectedConditions.visibilityOfElementLocated(
                        By.id("cancel-error-" + cancelled)))
                .getText())
        .contains("blank");
    type(office, "cancel-reason-" + cancelled, "Merged into the customs' own inspection plan");
    row(office, cancelled, "button.cancel-task", "office-task-").click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已撤销"));
    campaignPageUntil(office, campaign, By.id("office-task-" + cancelled), "已取消");

    String moved = "MOVE-" + campaign;
    row(office, moved, "summary", "office-task-").click();
    choose(office, "reassign-department-" + moved, "MPS");
    date(office, "reassign-due-" + moved, "2030-09-30");
    row(office, moved, "form.reassign button", "office-task-").click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已改派"));
    campaignPageUntil(office, campaign, By.id("office-task-" + moved), "2030-09-30");
    assertThat(office.findElement(By.id("office-task-" + moved)).getText()).contains("公安部");
    screenshot(office, "office-campaign-tasks");
  }

  @Test
  @DisplayName(
      "the office is told why a campaign does not close before its review, and closes it after;"
          + " the auditor reads who did what")
  void officeClosesAfterTheReview() {
    String campaign = campaign("DEPT-CLOSE");
    assign(campaign, "CANCEL", "GACC", "2030-06-30");
    Http.post(
        commands + "/campaigns/" + campaign + "/tasks/CANCEL-" + campaign + "/cancellation",
        "{\"reason\": \"Merged into the customs' own inspection plan\"}",
        "office");
    WebDriver office = browsers.signedIn("office");
    office.get(app + "/campaigns/" + campaign);
    type(office, "closure-summary", "Bonded warehouses inspected; 3 cases handed to the police");
    office.findElement(By.id("close-campaign")).click();
    assertThat(textOf(office, "error-closure"))
        .as("refused before the review, and told why")
        .contains("after its review");
    assertThat(office.findElement(By.id("closure-summary")).getAttribute("value"))
        .startsWith("Bonded warehouses");
    phase(campaign, "CRACKDOWN");
    phase(campaign, "REVIEW");
    office.findElement(By.id("close-campaign")).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已结束"));
    reloadUntil(
        office, app + "/campaigns/" + campaign, By.id("campaign-summary"), "3 cases handed");

    WebDriver auditor = browsers.signedIn("auditor");
    auditor.get(app + "/campaigns/" + campaign);
    auditor.findElement(By.id("campaign-history")).click();
    String history =
        reloadUntil(auditor, auditor.getCurrentUrl(), By.id("history"), "CampaignClosed").getText();
    assertThat(history).contains("CampaignLaunched", "TaskCancelled", "PhaseAdvanced", "office");
    assertThat(history).contains("Merged into the customs' own inspection plan");
    assertThat(auditor.findElements(By.id("close-campaign"))).isEmpty();
    screenshot(auditor, "auditor-campaign-history");
  }

  @Test
  @DisplayName("a department retracts its report with a reason, and the report shows as retracted")
  void retraction() {
    String campaign = campaign("DEPT-RETRACT");
    String report = "R-" + campaign;
    assertThat(
            Http.post(
                    commands + "/campaigns/" + campaign + "/site-raids",
                    """
                    {"reportId": "%s", "department": "GACC", "region": "31",
                     "occurredOn": "2020-05-14", "reportedBy": "shanghai.customs", "sites": 2}
                    """
                        .formatted(report),
                    "gacc")
                .status())
        .isEqualTo(201);
    WebDriver customs = browsers.signedIn("gacc");
    String page = app + "/campaigns/" + campaign + "/reports/" + report;
    reloadUntil(customs, page, By.id("retraction-form"), null);

    customs.findElement(By.id("retract-report")).click();
    assertThat(textOf(customs, "error-retraction")).contains("reason");
    type(customs, "retraction-reason", "The two sites were counted in report R-17 already");
    customs.findElement(By.id("retract-report")).click();
    reloadUntil(customs, page, By.id("report-retracted"), "counted in report R-17");
    assertThat(customs.findElements(By.id("correction-form"))).isEmpty();
    assertThat(customs.findElements(By.id("retraction-form"))).isEmpty();
    screenshot(customs, "report-retracted");
  }

  @Test
  @DisplayName(
      "customs transfers a case to the police; the police are told a return needs a reason,"
          + " accept it, and its stages show with their times; a second case is returned")
  void caseTransfer() {
    String campaign = campaign("DEPT-CASE");
    String report = "R-" + campaign;
    Http.post(
        commands + "/campaigns/" + campaign + "/goods-seizures",
        """
        {"reportId": "%s", "department": "GACC", "region": "31", "occurredOn": "2020-05-20",
         "reportedBy": "shanghai.customs", "category": "BAGS_LUXURY",
         "quantity": {"amount": 1260, "unit": "piece"}}
        """
            .formatted(report),
        "gacc");
    WebDriver customs = browsers.signedIn("gacc");
    customs.findElement(By.id("nav-cases")).click();
    reloadUntil(
        customs,
        app + "/cases",
        By.cssSelector("#case-campaign option[value='" + campaign + "']"),
        null);
    String caseId = customs.findElement(By.name("caseId")).getAttribute("value");
    choose(customs, "case-to", "MPS");
    choose(customs, "case-region", "31");
    type(customs, "case-title", "Counterfeit luxury bags in express parcels");
    choose(customs, "case-campaign", campaign);
    type(customs, "case-reports", report);
    type(customs, "case-note", "1,260 bags seized at Yangshan; the sender is known");
    customs.findElement(By.id("transfer-case")).click();
    waitFor(customs, ExpectedConditions.presenceOfElementLocated(By.id("case-stages")));
    assertThat(customs.findElement(By.id("stage-1")).getText()).contains("待接收");

    WebDriver police = browsers.signedIn("mps");
    reloadUntil(police, app + "/workspace", By.id("ws-case-" + caseId), "待本单位接收");
    police.get(app + "/cases/" + caseId);
    police.findElement(By.id("return-case")).click();
    assertThat(textOf(police, "error-return-reason")).contains("blank");
    police.findElement(By.id("accept-case")).click();
    reloadUntil(police, app + "/cases/" + caseId, By.cssSelector("#stage-1 .stage-outcome"), "已接收");
    assertThat(police.findElement(By.id("case-holder")).getText()).isEqualTo("公安部");
    assertThat(police.findElement(By.cssSelector("#stage-1 .stage-took")).getText()).contains("天");
    assertThat(police.findElements(By.cssSelector(".case-report"))).hasSize(1);
    assertThat(police.findElements(By.id("hand-on-form")))
        .as("the holder may hand it on")
        .hasSize(1);
    screenshot(police, "case-page");

    WebDriver auditor = browsers.signedIn("auditor");
    assertThat(
            reloadUntil(
                    auditor,
                    app + "/cases/" + caseId + "/history",
                    By.id("history"),
                    "CaseAccepted")
                .getText())
        .contains("CaseTransferred", "gacc", "mps");
  }

  @Test
  @DisplayName("the police return a case with a reason, which its stage shows")
  void caseReturned() {
    String returned = "C-RETURNED-" + UUID.randomUUID().toString().substring(0, 6);
    WebDriver police = browsers.signedIn("mps");
    Http.post(
        commands + "/cases/" + returned + "/transfers/T1",
        """
        {"from": "GACC", "to": "MPS", "region": "31", "title": "Fake sportswear in parcels"}
        """,
        "gacc");
    reloadUntil(police, app + "/cases/" + returned, By.id("return-form"), null);
    type(police, "return-reason", "No evidence of the sales volume");
    police.findElement(By.id("return-case")).click();
    reloadUntil(
        police,
        app + "/cases/" + returned,
        By.cssSelector("#stage-1 .stage-outcome"),
        "No evidence of the sales volume");
    assertThat(police.findElement(By.cssSelector("#stage-1 .stage-outcome")).getText())
        .contains("已退回");
    assertThat(police.findElements(By.id("return-form"))).as("decided once").isEmpty();
    screenshot(police, "case-returned");
  }

  @Test
  @DisplayName("every kind of report of the contract has a form: officers dispatched are filed")
  void everyKindHasAForm() {
    String campaign = campaign("DEPT-KINDS");
    WebDriver customs = browsers.signedIn("gacc");
    reloadUntil(
        customs,
        app + "/campaigns/" + campaign + "/reports/new?kind=officer-dispatches",
        By.id("field-officers"),
        null);
    assertThat(customs.findElements(By.cssSelector("nav.kinds a")))
        .hasSize(ReportDetails.kinds().size());
    choose(customs, "field-region", "31");
    date(customs, "field-occurredOn", "2020-05-10");
    type(customs, "field-officers", "320");
    customs.findElement(By.id("file-report")).click();
    waitFor(customs, ExpectedConditions.presenceOfElementLocated(By.id("done-report-link")));

    customs.get(app + "/campaigns/" + campaign + "/reports/new?kind=cases-filed");
    assertThat(customs.findElements(By.cssSelector("#field-right option"))).hasSizeGreaterThan(7);
    customs.get(app + "/campaigns/" + campaign + "/reports/new?kind=court-conclusions");
    assertThat(customs.findElement(By.id("field-firstInstanceConcluded")).getAttribute("required"))
        .isNull();
  }

  /** A campaign of customs (the lead) and the police in Shanghai and Zhejiang, in mobilisation. */
  private static String campaign(String prefix) {
    String id =
        prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    assertThat(
            Http.post(
                    commands + "/campaigns",
                    """
                    {"campaignId": "%s", "name": "%s: bonded warehouses", "focus": "IMPORT_EXPORT",
                     "leadDepartment": "GACC", "participatingDepartments": ["MPS"],
                     "regions": ["31", "33"],
                     "period": {"startsOn": "2020-03-01", "endsOn": "2030-12-31"}}
                    """
                        .formatted(id, id),
                    "office")
                .status())
        .isEqualTo(201);
    phase(id, "MOBILISATION");
    return id;
  }

  private static void phase(String campaign, String to) {
    assertThat(
            Http.post(
                    commands + "/campaigns/" + campaign + "/phase",
                    "{\"to\": \"" + to + "\"}",
                    "office")
                .status())
        .isEqualTo(201);
  }

  private static void assign(String campaign, String task, String department, String dueOn) {
    String id = task + "-" + campaign;
    assertThat(
            Http.post(
                    commands + "/campaigns/" + campaign + "/tasks",
                    """
                    {"taskId": "%s", "department": "%s", "region": "31", "title": "%s title",
                     "dueOn": "%s"}
                    """
                        .formatted(id, department, id, dueOn),
                    "office")
                .status())
        .isEqualTo(201);
  }

  /** The text of an element that is on the page empty until a refusal fills it. */
  private static String textOf(WebDriver browser, String id) {
    return waitFor(
        browser,
        driver -> {
          try {
            String text = driver.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
          } catch (StaleElementReferenceException replaced) {
            // The refusal's page is replacing the one the click was made on: look again.
            return null;
          }
        });
  }

  private static void reloadUntilGone(WebDriver browser, String url, By element) {
    waitFor(
        browser,
        driver -> {
          driver.get(url);
          return driver.findElements(element).isEmpty();
        });
  }

  /**
   * The campaign's page once its task list, which the page fetches after it opens, shows the
   * element with the text; the page is asked for again while the list does not.
   */
  private static void campaignPageUntil(
      WebDriver office, String campaign, By element, String text) {
    waitFor(
        office,
        driver -> {
          driver.get(app + "/campaigns/" + campaign);
          waitFor(
              driver,
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("#campaign-tasks h2")));
          return driver.findElements(element).stream()
              .anyMatch(found -> found.getText().contains(text));
        });
  }

  private static WebElement row(WebDriver browser, String task, String css) {
    return row(browser, task, css, "task-");
  }

  private static WebElement row(WebDriver browser, String task, String css, String prefix) {
    return browser.findElement(By.cssSelector("#" + prefix + task + " " + css));
  }
}
