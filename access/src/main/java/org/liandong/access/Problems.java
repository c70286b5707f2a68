package org.liandong.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Refusals made before a request reaches a controller (sign-in, limits), written as the same
 * problem+json the controllers answer with; never a stack trace or a class name.
 */
final class Problems {

  static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
  static final URI FORBIDDEN = URI.create("/problems/forbidden");
  static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");
  static final URI TOO_LARGE = URI.create("/problems/body-too-large");
  static final URI MALFORMED_REQUEST = URI.create("/problems/malformed-request");

  /** With Spring's mix-in, so that a problem's extra properties are its own members. */
  private static final ObjectMapper JSON =
      new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

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

  /**
   * The stable type of a refusal that has no more specific one: a route that does not exist, a
   * method or media type it does not take, a request the container could not parse.
   */
  static URI typeOf(int status) {
    return switch (status) {
      case 400 -> MALFORMED_REQUEST;
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 413 -> TOO_LARGE;
      case 429 -> TOO_MANY_REQUESTS;
      case 500 -> URI.create("/problems/internal-error");
      default -> {
        HttpStatus known = HttpStatus.resolve(status);
        String name = known == null ? "error-" + status : known.name();
        yield URI.create("/problems/" + name.toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    };
  }

  /** A problem of the status with its stable type and a detail that names nothing internal. */
  static ProblemDetail ofStatus(int status, String detail) {
    HttpStatus known = HttpStatus.resolve(status);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(typeOf(status));
    problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
    problem.setDetail(detail);
    return problem;
  }

  static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    write(response, problem);
  }

  /** Without an instance: for a request whose path may not even parse as a URI. */
  static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  static byte[] bytesOf(ProblemDetail problem) throws IOException {
    return JSON.writeValueAsBytes(problem);
  }
}
