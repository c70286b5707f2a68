package org.liandong.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.liandong.query.projection.ProjectionUpdated;
import org.springframework.context.ApplicationListener;

/**
 * How soon a report is in the department's view after it was acknowledged, while other clients keep
 * the command side at a given rate: a probe campaign takes one report at a time, and the query side
 * says when the department workspaces have taken it in.
 */
final class Freshness {

  private static final String PROBE_CAMPAIGN = "BENCH-PROBE";
  private static final String DEPARTMENT_VIEW = "department_workspaces";
  private static final Duration PROBE_LIMIT = Duration.ofSeconds(30);

  /** Issue 10's bound on freshness p99: a probe slower than this is printed with its time. */
  private static final Duration SLOW = Duration.ofMillis(250);

  private final BenchmarkPlatform platform;
  private final CommandLoad load;
  private final AtomicReference<CompletableFuture<Long>> waiting = new AtomicReference<>();

  Freshness(BenchmarkPlatform platform, CommandLoad load) {
    this.platform = platform;
    this.load = load;
    platform
        .platform()
        .querySide()
        .addApplicationListener(
            ApplicationListener.forPayload(
                (ProjectionUpdated updated) -> {
                  CompletableFuture<Long> probe = waiting.get();
                  if (probe != null
                      && updated.projection().equals(DEPARTMENT_VIEW)
                      && updated.subject().equals(PROBE_CAMPAIGN)) {
                    probe.complete(System.nanoTime());
                  }
                }));
  }

  /**
   * Time from acknowledgement to the department view, per probe, a probe every {@code spacing},
   * while 8 clients report at {@code loadPerSecond} in all.
   */
  Latencies measure(int probes, double loadPerSecond, Duration spacing) throws Exception {
    launchProbeCampaign();
    AtomicBoolean probing = new AtomicBoolean(true);
    Thread background =
        new Thread(
            () -> {
              try {
                load.run(
                    "freshness load",
                    8,
                    CommandLoad.Spread.MANY_CAMPAIGNS,
                    Duration.ofHours(1),
                    loadPerSecond,
                    () -> !probing.get());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    background.start();
    try {
      Thread.sleep(spacing.toMillis() * 10);
      return probes(probes, spacing);
    } finally {
      probing.set(false);
      background.join();
    }
  }

  /** The campaign the probes report into. */
  void launchProbeCampaign() {
    platform.officeCommand(
        "/campaigns",
        """
        {"campaignId": "BENCH-PROBE", "name": "Freshness probes", "focus": "ONLINE_MARKET",
         "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["44"],
         "period": {"startsOn": "2021-01-01", "endsOn": "2021-12-31"}}
        """);
    platform.officeCommand("/campaigns/BENCH-PROBE/phase", "{\"to\": \"MOBILISATION\"}");
  }

  /** Time from acknowledgement to the department view of one probe every {@code spacing}. */
  Latencies probes(int probes, Duration spacing) throws Exception {
    Latencies freshness = new Latencies();
    for (int probe = 0; probe < probes; probe++) {
      probe(freshness, spacing);
    }
    return freshness;
  }

  /** Probes, one every {@code spacing}, until {@code window} has passed. */
  Latencies probesFor(Duration window, Duration spacing) throws Exception {
    Latencies freshness = new Latencies();
    long end = System.nanoTime() + window.toNanos();
    while (System.nanoTime() < end) {
      probe(freshness, spacing);
    }
    return freshness;
  }

  private void probe(Latencies freshness, Duration spacing) throws Exception {
    CompletableFuture<Long> seen = new CompletableFuture<>();
    waiting.set(seen);
    int status = load.report(PROBE_CAMPAIGN);
    long acknowledged = System.nanoTime();
    if (status == 201) {
      long nanos = Math.max(0, seenAt(seen, acknowledged) - acknowledged);
      freshness.add(nanos);
      if (nanos > SLOW.toNanos()) {
        System.out.printf("slow probe at %s: %d ms%n", Instant.now(), nanos / 1_000_000);
      }
    }
    waiting.set(null);
    Thread.sleep(spacing.toMillis());
  }

  /** When the view had the probe; a probe not seen within the limit counts as seen at the limit. */
  private static long seenAt(CompletableFuture<Long> seen, long acknowledged) throws Exception {
    try {
      return seen.get(PROBE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return acknowledged + PROBE_LIMIT.toNanos();
    }
  }
}
