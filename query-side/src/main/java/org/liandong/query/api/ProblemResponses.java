package org.liandong.query.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Refusals of the query API as RFC 9457 problem+json; the types are listed in docs/api.md. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

  static final URI NOT_FOUND = URI.create("/problems/not-found");

  @ExceptionHandler
  ProblemDetail on(NotFoundException exception) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    problem.setType(NOT_FOUND);
    problem.setTitle("Not found");
    problem.setProperty(
        "errors", List.of(Map.of("field", exception.field(), "reason", exception.getMessage())));
    return problem;
  }
}
