package org.liandong.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows the platform down instead of letting it collapse: changes in progress are bounded, a change
 * that cannot start within the queue wait is refused with 503 and {@code Retry-After}, and so is
 * every change while the heap left after the last collection is above its limit. Refused before
 * sign-in, so that an overloaded node spends nothing on the request. Reads are not held back: they
 * change nothing and hold no more memory than their answer.
 */
final class OverloadGuard extends OncePerRequestFilter {

  static final URI OVERLOADED = URI.create("/problems/overloaded");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final OverloadProperties properties;
  private final Semaphore changes;

  /**
   * The heap's old generation: the one heap pool that supports a usage threshold. The young pools
   * do not, and a survivor space is often full after a collection by design.
   */
  private final List<MemoryPoolMXBean> tenured =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported())
          .toList();

  OverloadGuard(OverloadProperties properties) {
    this.properties = properties;
    this.changes = new Semaphore(properties.maxChangesInProgress(), true);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!WRITES.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (heapAtRisk()) {
      refuse(request, response, "the platform is short of memory; send the request again later");
      return;
    }
    boolean admitted;
    try {
      admitted = changes.tryAcquire(properties.queueWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      refuse(request, response, "the platform is busy; send the request again later");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      changes.release();
    }
  }

  /** Whether the old generation holds more than the limit even after its last collection. */
  private boolean heapAtRisk() {
    for (MemoryPoolMXBean pool : tenured) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (afterCollection != null
          && afterCollection.getMax() > 0
          && afterCollection.getUsed() > properties.heapLimit() * afterCollection.getMax()) {
        return true;
      }
    }
    return false;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    response.setHeader(
        HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()));
    Problems.write(
        request,
        response,
        Problems.of(HttpStatus.SERVICE_UNAVAILABLE, OVERLOADED, "Overloaded", reason, null));
  }
}
