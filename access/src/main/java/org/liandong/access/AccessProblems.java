package org.liandong.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request its user's role or department does not allow: 403, logged for the audit. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

  private final AuditLog audit;

  AccessProblems(AuditLog audit) {
    this.audit = audit;
  }

  @ExceptionHandler
  ProblemDetail on(AccessRefusedException refused, HttpServletRequest request) {
    Actors.current()
        .ifPresentOrElse(
            actor -> audit.refused(actor, request, refused.getMessage()),
            () -> audit.refused("-", request, refused.getMessage()));
    ProblemDetail problem =
        Problems.of(
            HttpStatus.FORBIDDEN,
            Problems.FORBIDDEN,
            "Forbidden",
            refused.getMessage(),
            refused.field());
    return problem;
  }
}
