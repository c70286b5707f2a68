package org.liandong.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Refusals made before a request reaches a controller (sign-in, limits), written as the same
 * problem+json the controllers answer with; never a stack trace or a class name.
 */
final class Problems {

  static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
  static final URI FORBIDDEN = URI.create("/problems/forbidden");
  static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");
  static final URI TOO_LARGE = URI.create("/problems/body-too-large");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static ProblemDetail of(HttpStatus status, URI type, String title, String detail, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    if (field != null) {
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", detail)));
    }
    return problem;
  }

  static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
