package org.liandong.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.liandong.model.reference.ReferenceData;

/**
 * The built-in users of the local platform ({@code local-users.yml}), and which of them sends a
 * request to the command API: the office runs campaigns and assigns tasks; every other request is
 * made by the department it names, as the department's own user.
 */
final class DemoUsers {

  static final String CONFIG = "local-users.yml";

  /** The office's requests, by path; every other request acts for a department. */
  private static final Pattern OFFICE_PATHS =
      Pattern.compile(
          "/campaigns(/[^/]+/(phase|departments(/[^/]+/withdrawal)?|regions|targets|closure|tasks"
              + "|tasks/[^/]+/(reassignment|cancellation)))?");

  private DemoUsers() {}

  /**
   * The user who sends this request to the command API; the office when the request names no known
   * department, so that it is refused for its body rather than for its sender.
   */
  static String senderOf(String path, JsonNode body) {
    String department =
        path.matches("/cases/[^/]+/transfers/[^/]+")
            ? body.path("from").asText()
            : body.path("department").asText();
    if (OFFICE_PATHS.matcher(path).matches()
        || ReferenceData.instance().department(department).isEmpty()) {
      return "office";
    }
    return department.toLowerCase(Locale.ROOT);
  }

  /** The HTTP Basic header of a built-in user, whose password is its name and "-demo". */
  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
  }
}
