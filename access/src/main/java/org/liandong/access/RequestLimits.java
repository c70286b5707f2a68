package org.liandong.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits on requests: the size of a body, failed sign-ins per user name, and changes per user,
 * each refused with problem+json before any work is done. Failed sign-ins are counted for the whole
 * platform ({@link SignInFailures}); changes per node, with Bucket4j's token buckets refilled each
 * minute.
 */
class RequestLimits {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final AccessProperties properties;
  private final AuditLog audit;
  private final Set<String> builtInUsers;
  private final SignInFailures signInFailures;
  private final Map<String, Bucket> writes = new ConcurrentHashMap<>();

  RequestLimits(AccessProperties properties, AuditLog audit, SignInFailures signInFailures) {
    this.properties = properties;
    this.audit = audit;
    this.signInFailures = signInFailures;
    this.builtInUsers =
        Set.copyOf(properties.users().stream().map(AccessProperties.BuiltInUser::name).toList());
  }

  /** Failed sign-ins are counted for built-in users only, the ones that sign in here. */
  @EventListener
  void on(AbstractAuthenticationFailureEvent failure) {
    String user = failure.getAuthentication().getName();
    if (builtInUsers.contains(user)) {
      signInFailures.failed(user);
    }
  }

  /** Refuses bodies over the limit, and bodies of unknown length that could be. */
  OncePerRequestFilter bodySize() {
    long max = properties.maxBodySize().toBytes();
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
          refuse(
              request,
              response,
              HttpStatus.PAYLOAD_TOO_LARGE,
              "the body is over " + max + " bytes");
        } else if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
          refuse(request, response, HttpStatus.LENGTH_REQUIRED, "a body must give its length");
        } else {
          chain.doFilter(request, response);
        }
      }
    };
  }

  /** Before sign-in: a user name with too many recent failures is not even tried. */
  OncePerRequestFilter signIns() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String user = signingIn(request);
        if (user != null && builtInUsers.contains(user) && signInFailures.locked(user)) {
          audit.refused(user, request, "too many failed sign-ins");
          Problems.write(
              request,
              response,
              Problems.of(
                  HttpStatus.TOO_MANY_REQUESTS,
                  Problems.TOO_MANY_REQUESTS,
                  "Too many requests",
                  "too many failed sign-ins for this user; try again in a minute",
                  null));
          return;
        }
        chain.doFilter(request, response);
      }
    };
  }

  /** After sign-in: changes are limited per user. */
  OncePerRequestFilter writes() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        var actor = Actors.current();
        if (actor.isPresent()
            && WRITES.contains(request.getMethod())
            && !writesOf(actor.get().user()).tryConsume(1)) {
          audit.refused(actor.get(), request, "too many changes");
          Problems.write(
              request,
              response,
              Problems.of(
                  HttpStatus.TOO_MANY_REQUESTS,
                  Problems.TOO_MANY_REQUESTS,
                  "Too many requests",
                  "more than "
                      + properties.writesPerMinute()
                      + " changes in a minute; send again shortly",
                  null));
          return;
        }
        chain.doFilter(request, response);
      }
    };
  }

  private Bucket writesOf(String user) {
    return writes.computeIfAbsent(user, name -> perMinute(properties.writesPerMinute()));
  }

  private static Bucket perMinute(int tokens) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(tokens)
                .refillGreedy(tokens, Duration.ofMinutes(1))
                .build())
        .build();
  }

  /** The user name a request signs in with, by HTTP Basic or the sign-in form; else null. */
  private static String signingIn(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
      return request.getParameter("username");
    }
    return null;
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason)
      throws IOException {
    audit.refused(Actors.current().map(a -> a.user()).orElse("-"), request, reason);
    Problems.write(
        request, response, Problems.of(status, Problems.TOO_LARGE, "Body refused", reason, null));
  }
}
