package org.liandong.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as problem+json, without a challenge that would make a browser remember a password. */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

  private final AuditLog audit;

  ProblemEntryPoint(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    audit.refused("-", request, "not signed in: " + exception.getMessage());
    Problems.write(
        request,
        response,
        Problems.of(
            HttpStatus.UNAUTHORIZED,
            Problems.UNAUTHENTICATED,
            "Sign-in required",
            "sign in with a bearer token, HTTP Basic or the page at /login",
            null));
  }
}
