package org.liandong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@DisplayName("Overload guard")
class OverloadGuardTest {

  @Test
  @DisplayName("a change beyond those in progress waits its turn, then is refused with 503")
  void changesInProgressAreBounded() throws Exception {
    OverloadGuard guard =
        new OverloadGuard(
            new OverloadProperties(1, Duration.ofMillis(50), 1.0, Duration.ofSeconds(2)));
    CountDownLatch inProgress = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService clients = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> first =
          clients.submit(
              () -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                guard.doFilter(
                    new MockHttpServletRequest("POST", "/campaigns"),
                    response,
                    (request, answer) -> {
                      inProgress.countDown();
                      try {
                        finish.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
                return response.getStatus();
              });
      inProgress.await();

      MockHttpServletResponse refused = send(guard, "POST");
      assertThat(refused.getStatus()).isEqualTo(503);
      assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
      assertThat(refused.getContentType()).startsWith("application/problem+json");
      assertThat(refused.getContentAsString()).contains("/problems/overloaded");
      assertThat(send(guard, "GET").getStatus()).isEqualTo(200);

      finish.countDown();
      assertThat(first.get()).isEqualTo(200);
      assertThat(send(guard, "PUT").getStatus()).isEqualTo(200);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  @DisplayName(
      "every change is refused while the old generation after collection is above its limit")
  void heapAtRisk() throws Exception {
    byte[][] kept = new byte[64][];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = new byte[64 * 1024];
    }
    System.gc();
    OverloadGuard guard =
        new OverloadGuard(new OverloadProperties(8, Duration.ZERO, 0.0, Duration.ofSeconds(1)));
    assertThat(send(guard, "POST").getStatus()).isEqualTo(503);
    assertThat(send(guard, "GET").getStatus()).isEqualTo(200);
    assertThat(kept).isNotEmpty();
  }

  private static MockHttpServletResponse send(OverloadGuard guard, String method) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    guard.doFilter(new MockHttpServletRequest(method, "/campaigns"), response, (a, b) -> {});
    return response;
  }
}
