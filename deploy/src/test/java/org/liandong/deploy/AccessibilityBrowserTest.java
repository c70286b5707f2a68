package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.deploy.Browsers.screenshot;
import static org.liandong.deploy.Browsers.script;
import static org.liandong.deploy.Browsers.waitFor;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main screens on the demo data checked in headless Chromium with axe-core (Deque's rules for
 * WCAG 2.1 A and AA), for the size of the script they send, and for use by keyboard alone. Each
 * screen leaves a screenshot ({@code screen-<its path>}), from which docs/screenshots are taken.
 */
@DisplayName("The web app's screens are accessible and light")
class AccessibilityBrowserTest {

  /** What the issue allows a page to send as script, compressed as sent. */
  private static final long SCRIPT_BUDGET_BYTES = 500 * 1024;

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  @RegisterExtension final BrowserSessions browsers = new BrowserSessions();

  /** A screen: who opens it, where, and an element that shows it has been drawn. */
  private record Screen(String user, String path, By drawn) {}

  private static final Screen REPORT_FORM =
      new Screen("mps", "/campaigns/KUNLUN-2025/reports/new?kind=site-raids", By.id("file-report"));

  private static final List<Screen> SCREENS =
      List.of(
          new Screen("office", "/campaigns", By.id("campaigns")),
          new Screen("office", "/campaigns/new", By.id("launch")),
          new Screen(
              "office", "/campaigns/SWORD-NET-2020", By.cssSelector("#chart-department svg")),
          new Screen("office", "/campaigns/SWORD-NET-2020/reports", By.id("ledger-SN20-R-0001")),
          new Screen("office", "/statistics/2020", By.cssSelector("#chart-tiles svg")),
          new Screen("office", "/releases/REL-2020-ANNUAL", By.id("release-title")),
          new Screen("office", "/typical-cases", By.tagName("h1")),
          new Screen("office", "/evaluations/EVAL-2020", By.cssSelector("#chart-ranking svg")),
          new Screen("office", "/evaluations/EVAL-2020/regions/13", By.id("scorecard-title")),
          new Screen("mps", "/workspace", By.id("signed-in-as")),
          new Screen("mps", "/cases", By.tagName("h1")),
          REPORT_FORM,
          new Screen(
              "mps", "/campaigns/SWORD-NET-2020/reports/SN20-R-0001", By.id("report-title")));

  @Test
  @DisplayName("axe-core finds no serious or critical violation on the main screens")
  void noSeriousViolation() {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (String user : List.of("office", "mps")) {
      WebDriver browser = browsers.signedIn(user);
      for (Screen screen : SCREENS) {
        if (screen.user().equals(user)) {
          open(browser, screen);
          screenshot(browser, "screen" + screen.path().replaceAll("[^A-Za-z0-9]+", "-"));
          Results results =
              new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21aa")).analyze(browser);
          assertThat(results.getPasses()).as("axe ran on %s", screen.path()).isNotEmpty();
          checked++;
          for (Rule rule : results.getViolations()) {
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
              violations.add(screen.path() + ": " + rule.getId() + " at " + targets(rule));
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(SCREENS.size());
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("no screen sends more than 500 KB of script, compressed as sent")
  void scriptBudget() {
    for (String user : List.of("office", "mps")) {
      WebDriver browser = browsers.signedIn(user);
      for (Screen screen : SCREENS) {
        if (screen.user().equals(user)) {
          open(browser, screen);
          long sent =
              ((Number)
                      script(
                          browser,
                          "return performance.getEntriesByType('resource')"
                              + ".filter(e => e.initiatorType === 'script')"
                              + ".reduce((sum, e) => sum + e.encodedBodySize, 0);"))
                  .longValue();
          long decoded =
              ((Number)
                      script(
                          browser,
                          "return performance.getEntriesByType('resource')"
                              + ".filter(e => e.initiatorType === 'script')"
                              + ".reduce((sum, e) => sum + e.decodedBodySize, 0);"))
                  .longValue();
          assertThat(decoded).as("scripts of %s", screen.path()).isPositive();
          assertThat(sent)
              .as("script sent by %s (%d bytes before compression)", screen.path(), decoded)
              .isLessThanOrEqualTo(SCRIPT_BUDGET_BYTES);
        }
      }
    }
  }

  @Test
  @DisplayName("a report is filed by keyboard alone: Tab reaches every field, Enter sends it")
  void keyboardOnly() {
    WebDriver police = browsers.signedIn("mps");
    open(police, REPORT_FORM);
    List<WebElement> fields =
        police.findElements(
            By.cssSelector(
                "#report-form input:not([type=hidden]), #report-form select,"
                    + " #report-form textarea"));
    assertThat(fields).isNotEmpty();
    for (WebElement field : fields) {
      String id = field.getAttribute("id");
      assertThat(police.findElements(By.cssSelector("label[for='" + id + "']")))
          .as("a label for %s", id)
          .hasSize(1);
    }
    police.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    // A date field takes one Tab per part of the date: each field counts once, when first reached.
    Set<String> reached = new LinkedHashSet<>();
    for (int i = 0; i < 100 && reached.size() < fields.size(); i++) {
      WebElement focused = police.switchTo().activeElement();
      if (fields.contains(focused)) {
        reached.add(focused.getAttribute("id"));
      }
      focused.sendKeys(Keys.TAB);
    }
    assertThat(reached)
        .containsExactlyElementsOf(fields.stream().map(f -> f.getAttribute("id")).toList());

    Browsers.date(police, "field-occurredOn", "2025-06-01");
    police.findElement(By.id("field-sites")).sendKeys("0", Keys.ENTER);
    waitFor(
        police, ExpectedConditions.textMatches(By.id("error-field-sites"), Pattern.compile(".+")));
    screenshot(police, "report-form-by-keyboard");
  }

  private void open(WebDriver browser, Screen screen) {
    browser.get(browsers.app() + screen.path());
    waitFor(browser, ExpectedConditions.presenceOfElementLocated(screen.drawn()));
  }

  private static String targets(Rule rule) {
    return rule.getNodes().stream()
        .map(node -> String.valueOf(node.getTarget()))
        .collect(Collectors.joining(", "));
  }
}
