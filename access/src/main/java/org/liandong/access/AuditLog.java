package org.liandong.access;

import jakarta.servlet.http.HttpServletRequest;
import org.liandong.model.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;

/**
 * Sign-ins and refusals, with the user and the reason, on the {@code liandong.audit} logger: route
 * it to its own file or collector in production (docs/operations.md). What users did is in the
 * events themselves, each with its actor.
 */
public class AuditLog {

  private static final Logger audit = LoggerFactory.getLogger("liandong.audit");

  /** A browser session opened on the sign-in page. */
  @EventListener
  void on(InteractiveAuthenticationSuccessEvent success) {
    signedIn(success.getAuthentication(), true);
  }

  /**
   * A request signed in by HTTP Basic or a bearer token: every request of such a client is one, so
   * they are logged at debug level ({@code logging.level.liandong.audit=DEBUG} keeps them).
   */
  @EventListener
  void on(AuthenticationSuccessEvent success) {
    signedIn(success.getAuthentication(), false);
  }

  private static void signedIn(Authentication authentication, boolean session) {
    if (!session && !audit.isDebugEnabled()) {
      return;
    }
    Actors.of(authentication)
        .ifPresent(
            actor -> {
              String line = "sign-in user={} role={} department={} session={}";
              Object[] values = {
                actor.user(),
                actor.role(),
                actor.department() == null ? "-" : actor.department().value(),
                session
              };
              if (session) {
                audit.info(line, values);
              } else {
                audit.debug(line, values);
              }
            });
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent failure) {
    audit.warn(
        "sign-in refused user={} reason={}",
        failure.getAuthentication().getName(),
        failure.getException().getMessage());
  }

  /** A request refused to a signed-in user: 403, or 404 for what belongs to another department. */
  public void refused(Actor actor, HttpServletRequest request, String reason) {
    audit.warn(
        "refused user={} role={} department={} request=\"{} {}\" reason={}",
        actor.user(),
        actor.role(),
        actor.department() == null ? "-" : actor.department().value(),
        request.getMethod(),
        request.getRequestURI(),
        reason);
  }

  /** A request refused before its user was known (no or bad credentials, a locked name). */
  void refused(String user, HttpServletRequest request, String reason) {
    audit.warn(
        "refused user={} request=\"{} {}\" reason={}",
        user,
        request.getMethod(),
        request.getRequestURI(),
        reason);
  }
}
