package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.deploy.Browsers.choose;
import static org.liandong.deploy.Browsers.date;
import static org.liandong.deploy.Browsers.reloadUntil;
import static org.liandong.deploy.Browsers.screenshot;
import static org.liandong.deploy.Browsers.script;
import static org.liandong.deploy.Browsers.type;
import static org.liandong.deploy.Browsers.waitFor;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app in headless Chromium against a real local platform (embedded MongoDB stand-in, real
 * Kafka broker, both sides with the demo data, the identity provider and the web app) that the
 * browser tests share ({@link TestPlatforms#forBrowsers()}), every user signed in through the
 * identity provider's page. Each test leaves a screenshot in target/screenshots, and a failed one a
 * screenshot of each of its browsers.
 */
@DisplayName("The web app in a real browser")
class WebAppBrowserTest {

  /** Chinese characters: an English page shows none in its labels. */
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

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
      "the office launches a campaign and assigns a task; the department sees it, files a seizure"
          + " with a wrong field, sees the error beside it, fixes it and corrects it later; the"
          + " office's dashboard shows the seizure without a reload")
  void campaignFromLaunchToCorrection() {
    String campaign =
        "WEB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    WebDriver office = browsers.signedIn("office");
    launch(office, campaign);
    String task = assignTask(office, campaign);
    office.findElement(By.id("advance-phase")).click();
    reloadUntil(office, app + "/campaigns/" + campaign, By.id("campaign-phase"), "动员部署");

    WebDriver customs = browsers.signedIn("gacc");
    reloadUntil(customs, app + "/workspace", By.id("task-" + task), "Yiwu");
    screenshot(customs, "department-workspace");

    customs.findElement(By.id("file-report-" + campaign)).click();
    fillSeizure(customs, "-5");
    customs.findElement(By.id("file-report")).click();
    String error =
        waitFor(
                customs,
                ExpectedConditions.visibilityOfElementLocated(By.id("error-field-quantity-amount")))
            .getText();
    assertThat(error).contains("positive");
    assertThat(customs.findElement(By.id("error-field-category")).getText()).isEmpty();
    assertThat(
            customs
                .findElement(
                    By.xpath("//*[@id='error-field-quantity-amount']/preceding-sibling::*[1]"))
                .getAttribute("id"))
        .as("the error stands right after the field it names")
        .isEqualTo("field-quantity-amount");
    assertThat(customs.findElement(By.id("field-quantity-amount")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(customs.findElement(By.id("field-quantity-amount")).getAttribute("value"))
        .as("what was typed is kept")
        .isEqualTo("-5");
    screenshot(customs, "report-form-error");

    office.get(app + "/campaigns/" + campaign);
    waitFor(
        office,
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-department svg")));
    script(office, "window.liandongNotReloaded = true;");

    type(customs, "field-quantity-amount", "1260");
    customs.findElement(By.id("file-report")).click();
    String done =
        waitFor(customs, ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText();
    String report = customs.findElement(By.id("done-report-link")).getAttribute("href");

    waitFor(
        office,
        driver ->
            driver.findElements(By.cssSelector("#department-GACC .figure-seizures")).stream()
                .anyMatch(figure -> figure.getText().equals("1")));
    assertThat(script(office, "return window.liandongNotReloaded === true;"))
        .as("the dashboard was not reloaded")
        .isEqualTo(true);
    screenshot(office, "office-dashboard");
    office.findElement(By.cssSelector("#department-GACC .figure-seizures")).click();
    String reportId = done.replaceAll(".*(R-[A-Z0-9-]+).*", "$1");
    waitFor(office, ExpectedConditions.presenceOfElementLocated(By.id("ledger-" + reportId)));

    reloadUntil(customs, report, By.id("correction-form"), null);
    type(customs, "field-quantity-amount", "1300");
    type(customs, "field-reason", "Recounted at the Yangshan warehouse");
    customs.findElement(By.id("correct-report")).click();
    waitFor(customs, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), reportId));
    reloadUntil(customs, report, By.cssSelector("p.facts"), "第 2 版");
    screenshot(customs, "report-corrected");
  }

  @Test
  @DisplayName(
      "a department user cannot see or open another department's report, and is offered no"
          + " office action")
  void anotherDepartmentsReport() {
    WebDriver police = browsers.signedIn("mps");
    police.get(app + "/campaigns/SWORD-NET-2020/reports");
    waitFor(police, ExpectedConditions.presenceOfElementLocated(By.id("ledger-SN20-R-0001")));
    assertThat(police.findElements(By.id("ledger-SN20-R-0004"))).isEmpty();

    police.get(app + "/campaigns/SWORD-NET-2020/reports/SN20-R-0004");
    assertThat(police.findElement(By.id("problem")).getText()).isEqualTo("未找到，或您无权查看");
    screenshot(police, "another-departments-report");

    police.get(app + "/campaigns/SWORD-NET-2020/reports/SN20-R-0001");
    assertThat(police.findElement(By.id("report-title")).getText()).contains("SN20-R-0001");

    police.get(app + "/campaigns/KUNLUN-2025");
    waitFor(police, ExpectedConditions.presenceOfElementLocated(By.id("campaign-name")));
    assertThat(police.findElements(By.id("nav-launch"))).isEmpty();
    assertThat(police.findElements(By.id("assign"))).isEmpty();
    assertThat(police.findElements(By.id("advance-phase"))).isEmpty();
  }

  @Test
  @DisplayName("the language switch turns the labels into English")
  void languageSwitch() {
    WebDriver office = browsers.signedIn("office");
    office.get(app + "/campaigns");
    assertThat(office.findElement(By.tagName("h1")).getText()).isEqualTo("专项行动");

    office.findElement(By.id("lang-en")).click();
    waitFor(office, ExpectedConditions.textToBe(By.tagName("h1"), "Campaigns"));
    String labels =
        office.findElement(By.cssSelector("header nav")).getText()
            + office.findElement(By.cssSelector("#campaigns thead")).getText()
            + office.findElement(By.id("sign-out")).getText();
    assertThat(labels).contains("Campaigns", "Launch a campaign", "Phase", "Sign out");
    assertThat(HAN.matcher(labels).find()).as("Chinese left in: %s", labels).isFalse();
    assertThat(
            office
                .findElement(By.cssSelector("#campaign-SWORD-NET-2020 td:nth-child(2)"))
                .getText())
        .isEqualTo("Closed");
    screenshot(office, "campaigns-in-english");
  }

  @Test
  @DisplayName("the web app and the identity provider listen on loopback, like the sides")
  void loopback() {
    assertThat(platform.webApplications()).hasSize(2);
    for (ConfigurableApplicationContext web : platform.webApplications()) {
      assertThat(ExposureTest.connectorAddress(web).isLoopbackAddress()).isTrue();
    }
  }

  @Test
  @DisplayName("signing out ends the session at the identity provider too")
  void signOut() {
    WebDriver auditor = browsers.signedIn("auditor");
    assertThat(auditor.findElements(By.id("nav-launch"))).isEmpty();
    auditor.findElement(By.id("sign-out")).click();
    waitFor(auditor, ExpectedConditions.presenceOfElementLocated(By.id("username")));
    auditor.get(app + "/campaigns");
    waitFor(auditor, ExpectedConditions.presenceOfElementLocated(By.id("username")));
    assertThat(auditor.findElements(By.id("signed-in-as"))).isEmpty();
    screenshot(auditor, "signed-out");
  }

  private static void launch(WebDriver office, String campaign) {
    office.findElement(By.id("nav-launch")).click();
    type(office, "campaignId", campaign);
    type(office, "name", "Blue Net 2020: IPR protection in shipping and delivery channels");
    choose(office, "focus", "IMPORT_EXPORT");
    choose(office, "leadDepartment", "GACC");
    office.findElement(By.id("dept-MPS")).click();
    office.findElement(By.id("dept-SPB")).click();
    office.findElement(By.id("region-31")).click();
    office.findElement(By.id("region-33")).click();
    date(office, "startsOn", "2020-03-01");
    date(office, "endsOn", "2020-12-31");
    type(office, "keyPoints", "Infringing goods in express parcels");
    screenshot(office, "launch-form");
    office.findElement(By.id("launch")).click();
    waitFor(office, ExpectedConditions.presenceOfElementLocated(By.id("campaign-name")));
  }

  private static String assignTask(WebDriver office, String campaign) {
    String task = office.findElement(By.name("taskId")).getAttribute("value");
    choose(office, "task-department", "GACC");
    choose(office, "task-region", "31");
    type(office, "task-title", "Inspect the bonded warehouses shipping for Yiwu sellers");
    date(office, "task-due", "2020-06-30");
    office.findElement(By.id("assign-task")).click();
    waitFor(office, ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "任务已布置"));
    return task;
  }

  private static void fillSeizure(WebDriver customs, String amount) {
    choose(customs, "field-region", "31");
    date(customs, "field-occurredOn", "2020-05-20");
    choose(customs, "field-category", "BAGS_LUXURY");
    type(customs, "field-quantity-amount", amount);
    choose(customs, "field-quantity-unit", "piece");
    type(customs, "field-estimatedValue", "882000");
  }
}
