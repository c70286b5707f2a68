package org.liandong.access;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What each side's problem responses start from: Spring MVC's own refusals (no such route, a method
 * or media type a route does not take ...) as problem+json with a stable type of ours instead of
 * {@code about:blank}, and a detail that names nothing of the framework.
 */
public abstract class ProblemResponsesBase extends ResponseEntityExceptionHandler {

  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception exception,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(exception, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      if (ABOUT_BLANK.equals(problem.getType())) {
        problem.setType(Problems.typeOf(status.value()));
      }
      if (exception instanceof NoResourceFoundException) {
        problem.setDetail("there is nothing at this path");
      }
    }
    return response;
  }
}
