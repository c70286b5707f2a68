package org.liandong.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session in the web app, without the browser: signed in through the identity
 * provider's page by the authorization code flow (redirects and cookies followed as a browser
 * would), then asking for the app's pages.
 */
final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private final String app;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private WebSession(String app) {
    this.app = app;
  }

  /** Signs {@code user} in with the demo password, as the launcher prints it. */
  static WebSession signIn(String app, String user) {
    WebSession session = new WebSession(app);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(app + "/")).GET());
    Matcher csrf = CSRF.matcher(login.body());
    if (!csrf.find()) {
      throw new IllegalStateException("no sign-in form at " + login.uri());
    }
    String form =
        "username="
            + encode(user)
            + "&password="
            + encode(user + "-demo")
            + "&_csrf="
            + encode(csrf.group(1));
    HttpResponse<String> signedIn =
        session.send(
            HttpRequest.newBuilder(login.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!signedIn.uri().toString().startsWith(app) || !signedIn.body().contains("signed-in-as")) {
      throw new IllegalStateException(user + " was not signed in: ended at " + signedIn.uri());
    }
    return session;
  }

  /** Asks for one of the app's pages; its status. */
  int page(String path) {
    return send(HttpRequest.newBuilder(URI.create(app + path)).GET()).statusCode();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
