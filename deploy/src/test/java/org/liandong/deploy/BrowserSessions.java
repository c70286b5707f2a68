package org.liandong.deploy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The browsers a browser test opens, each signed in through the identity provider of the platform
 * the browser tests share ({@link TestPlatforms#forBrowsers()}): a screenshot of each when the test
 * failed, and all closed after each test. Register it with {@code @RegisterExtension}.
 */
final class BrowserSessions implements AfterTestExecutionCallback, AfterEachCallback {

  private final List<WebDriver> browsers = new ArrayList<>();
  private final String app = TestPlatforms.forBrowsers().webAddress().orElseThrow();

  /** The web app's address. */
  String app() {
    return app;
  }

  /** A new browser with {@code user} signed in. */
  WebDriver signedIn(String user) {
    WebDriver browser = Browsers.open();
    browsers.add(browser);
    Browsers.signIn(browser, app, user);
    return browser;
  }

  /** Closes a browser the test is done with, to spare the machine's memory. */
  void close(WebDriver browser) {
    browsers.remove(browser);
    browser.quit();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      String test =
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName();
      for (int i = 0; i < browsers.size(); i++) {
        Browsers.screenshot(browsers.get(i), "failed-" + test + "-" + i);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    browsers.forEach(WebDriver::quit);
    browsers.clear();
  }
}
