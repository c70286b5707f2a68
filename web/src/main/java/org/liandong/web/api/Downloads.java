package org.liandong.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriBuilder;

/**
 * Files the query side makes (a release's PDF, spreadsheets), fetched with the signed-in user's
 * token and passed on to the browser as they come, so that the browser never calls a side itself.
 */
public final class Downloads {

  /** The headers that say what the file is and what it is called. */
  private static final List<String> PASSED_ON =
      List.of(
          HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH);

  /** The spreadsheets the query side makes of a view. */
  private static final Set<String> SPREADSHEETS = Set.of("csv", "xlsx");

  private final RestClient queries;
  private final ProblemReader problems;

  Downloads(RestClient queries, ProblemReader problems) {
    this.queries = queries;
    this.problems = problems;
  }

  /**
   * The view at {@code path} as a spreadsheet in {@code format}, {@code csv} or {@code xlsx}; any
   * other format is not found, and the side is not asked.
   */
  public void spreadsheet(
      String path, String format, HttpServletResponse out, Object... variables) {
    if (!SPREADSHEETS.contains(format)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    copy(path, Map.of("format", format), out, variables);
  }

  /**
   * Copies the answer of {@code path} (a template, with {@code variables}) and {@code query} to
   * {@code out}; a refusal is thrown as an {@link ApiProblem} before anything is written.
   */
  public void copy(
      String path, Map<String, String> query, HttpServletResponse out, Object... variables) {
    queries
        .get()
        .uri(
            builder -> {
              UriBuilder uri = builder.path(path);
              query.forEach(uri::queryParam);
              return uri.build(variables);
            })
        .exchange(
            (request, response) -> {
              if (response.getStatusCode().isError()) {
                problems.raise(request, response);
              }
              PASSED_ON.forEach(
                  header -> {
                    String value = response.getHeaders().getFirst(header);
                    if (value != null) {
                      out.setHeader(header, value);
                    }
                  });
              StreamUtils.copy(response.getBody(), out.getOutputStream());
              return null;
            });
  }
}
