package org.liandong.access;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container forwards to {@code /error} (a path the firewall rejects, an
 * exception no handler answered) as problem+json, in place of Spring Boot's own JSON or page. The
 * detail is the same for every error of a status: the cause may name internals.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer given && given >= 400 ? given : 500;
    ProblemDetail problem = Problems.ofStatus(status, detailOf(status));
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
      problem.setInstance(URI.create(path));
    }
    Problems.write(response, problem);
  }

  static String detailOf(int status) {
    return switch (status) {
      case 400 -> "the request is malformed: its path, query or headers cannot be taken";
      case 404 -> "there is nothing at this path";
      case 500 -> "the request failed on the server; it is logged, and may be sent again";
      default -> "the request cannot be served";
    };
  }
}
