package org.liandong.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 from the filters as problem+json: a browser session's change without its page's CSRF token.
 * The CSRF check comes before sign-in, so a change sent by nobody at all would fail it first; that
 * is answered 401, as the missing sign-in is what the client must fix.
 */
final class ProblemAccessDenied implements AccessDeniedHandler {

  private final AuditLog audit;
  private final AuthenticationEntryPoint unauthenticated;

  ProblemAccessDenied(AuditLog audit, AuthenticationEntryPoint unauthenticated) {
    this.audit = audit;
    this.unauthenticated = unauthenticated;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException, ServletException {
    var actor = Actors.current();
    if (actor.isEmpty() && exception instanceof CsrfException) {
      unauthenticated.commence(
          request, response, new InsufficientAuthenticationException("no signed-in user"));
      return;
    }
    audit.refused(actor.map(a -> a.user()).orElse("-"), request, exception.getMessage());
    String detail =
        exception instanceof CsrfException
            ? "a change in a browser session needs the page's anti-forgery token (X-CSRF-TOKEN)"
            : "this request is not allowed";
    Problems.write(
        request,
        response,
        Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", detail, null));
  }
}
