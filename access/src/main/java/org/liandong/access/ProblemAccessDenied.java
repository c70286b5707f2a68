package org.liandong.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 from the filters (a missing or wrong CSRF token of a browser session) as problem+json. */
final class ProblemAccessDenied implements AccessDeniedHandler {

  private final AuditLog audit;

  ProblemAccessDenied(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    String user = Actors.current().map(actor -> actor.user()).orElse("-");
    audit.refused(user, request, exception.getMessage());
    Problems.write(
        request,
        response,
        Problems.of(
            HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", exception.getMessage(), null));
  }
}
