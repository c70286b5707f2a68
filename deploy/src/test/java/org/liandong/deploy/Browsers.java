package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver},
 * never a driver fetched from the internet. Without them the tests fail, saying what to install.
 */
final class Browsers {

  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  /** Long enough for a projection to follow a command on a busy two-core machine. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Browsers() {}

  static WebDriver open() {
    assertThat(DRIVER)
        .as("chromium-driver is needed: apt-get install chromium chromium-driver")
        .isExecutable();
    assertThat(CHROMIUM).as("chromium is needed: apt-get install chromium").isExecutable();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400");
    return new ChromeDriver(service, options);
  }

  /** Signs in through the identity provider's page, starting from the app's address. */
  static void signIn(WebDriver browser, String app, String user) {
    browser.get(app + "/");
    WebElement name =
        waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    name.sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user + "-demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(browser, ExpectedConditions.urlContains(app));
    waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
  }

  static <T> T waitFor(WebDriver browser, Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE).until(condition);
  }

  /**
   * The element's text once it shows some, the element found again at each try: the page the
   * browser is replacing meanwhile (the answer to a form just sent) may drop one found before.
   */
  static String shownText(WebDriver browser, By element) {
    return new WebDriverWait(browser, PATIENCE)
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              String text = driver.findElement(element).getText();
              return text.isBlank() ? null : text;
            });
  }

  /**
   * Waits for what only a fresh page can show (a view the query side has yet to update), asking for
   * the page again while it does not show it.
   */
  static WebElement reloadUntil(WebDriver browser, String url, By element, String text) {
    return waitFor(
        browser,
        driver -> {
          driver.get(url);
          return driver.findElements(element).stream()
              .filter(found -> text == null || found.getText().contains(text))
              .findFirst()
              .orElse(null);
        });
  }

  static void type(WebDriver browser, String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  static void choose(WebDriver browser, String id, String value) {
    new Select(browser.findElement(By.id(id))).selectByValue(value);
  }

  /** Sets a date field's value as the page sends it, whatever the browser's date format. */
  static void date(WebDriver browser, String id, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
  }

  static Object script(WebDriver browser, String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  static void screenshot(WebDriver browser, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot =
          ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot,
          SCREENSHOTS.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
