package org.liandong.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Field reports sent by concurrent clients, each waiting for its answer before the next, as a
 * department's system would: throughput, and latency from request to acknowledgement.
 */
final class CommandLoad {

  /** How the clients' reports spread over campaigns. */
  enum Spread {
    /** Each client reports into a campaign of its own. */
    MANY_CAMPAIGNS,
    /** Every client reports into the same campaign, whose commands are serialised. */
    ONE_CAMPAIGN
  }

  /**
   * @param round which store size the run belongs to
   * @param storedBefore the events in the store when it started
   */
  record Result(
      String round,
      int clients,
      Spread spread,
      long storedBefore,
      double perSecond,
      Latencies latencies) {}

  static final int CAMPAIGNS = 32;

  /** How long a filling client waits after a refusal or a failed call. */
  private static final long BACK_OFF_NANOS = 50_000_000L;

  private static final AtomicLong REPORT_IDS = new AtomicLong();

  private final BenchmarkPlatform platform;

  CommandLoad(BenchmarkPlatform platform) {
    this.platform = platform;
  }

  static String campaign(int index) {
    return "BENCH-" + index;
  }

  /** Launches the campaigns the clients report into, and moves them into mobilisation. */
  void launchCampaigns(int count) {
    for (int i = 0; i < count; i++) {
      String id = campaign(i);
      platform.officeCommand(
          "/campaigns",
          """
          {"campaignId": "%s", "name": "Benchmark campaign %d", "focus": "ONLINE_MARKET",
           "leadDepartment": "SAMR", "participatingDepartments": ["MPS"], "regions": ["44", "33"],
           "period": {"startsOn": "2021-01-01", "endsOn": "2021-12-31"}}
          """
              .formatted(id, i));
      platform.officeCommand("/campaigns/" + id + "/phase", "{\"to\": \"MOBILISATION\"}");
    }
  }

  /** One report into the campaign; the status it was answered with. */
  int report(String campaign) {
    return platform.command(
        "/campaigns/" + campaign + "/site-raids",
        """
        {"reportId": "B-%d", "department": "MPS", "region": "44", "occurredOn": "2021-04-01",
         "reportedBy": "bench.mps", "sites": 2, "notes": "warehouses raided on a tip-off"}
        """
            .formatted(REPORT_IDS.incrementAndGet()));
  }

  /** Clients report for the window as fast as they are answered. */
  Result run(String round, int clients, Spread spread, Duration window)
      throws InterruptedException {
    return run(round, clients, spread, window, 0, () -> false);
  }

  /**
   * Clients report for the window, or until {@code stopped}, at {@code pacePerSecond} in all (0: as
   * fast as they are answered).
   */
  Result run(
      String round,
      int clients,
      Spread spread,
      Duration window,
      double pacePerSecond,
      BooleanSupplier stopped)
      throws InterruptedException {
    long storedBefore = platform.storedEvents();
    Latencies latencies = new Latencies();
    AtomicLong acknowledged = new AtomicLong();
    long start = System.nanoTime();
    long end = start + window.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String campaign = campaign(spread == Spread.MANY_CAMPAIGNS ? c % CAMPAIGNS : 0);
      long interval = pacePerSecond > 0 ? (long) (1e9 * clients / pacePerSecond) : 0;
      Thread worker =
          new Thread(
              () -> {
                long next = System.nanoTime();
                while (System.nanoTime() < end && !stopped.getAsBoolean()) {
                  long sent = System.nanoTime();
                  if (report(campaign) == 201) {
                    latencies.add(System.nanoTime() - sent);
                    acknowledged.incrementAndGet();
                  }
                  next += interval;
                  sleep(next - System.nanoTime());
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double perSecond = acknowledged.get() / RawLimits.seconds(System.nanoTime() - start);
    return new Result(round, clients, spread, storedBefore, perSecond, latencies);
  }

  /**
   * Reports from 32 clients over many campaigns until the store holds {@code events}, or fails at
   * the deadline. A refusal ({@code 503}) or a failed call is waited out, never retried at once.
   */
  void fillTo(long events) throws InterruptedException {
    int clients = 32;
    Deadline deadline = platform.deadline("filling the store to " + events + " events");
    List<Thread> workers = new ArrayList<>();
    AtomicLong stored = new AtomicLong(platform.storedEvents());
    for (int c = 0; c < clients; c++) {
      String campaign = campaign(c % CAMPAIGNS);
      Thread worker =
          new Thread(
              () -> {
                while (stored.get() < events && !deadline.passed()) {
                  if (reportOrNothing(campaign) == 201) {
                    stored.incrementAndGet();
                  } else {
                    sleep(BACK_OFF_NANOS);
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (stored.get() < events) {
      deadline.check();
    }
  }

  /** A report's status, or 0 if the call itself failed (the platform unreachable, a timeout). */
  private int reportOrNothing(String campaign) {
    try {
      return report(campaign);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Sleeps for {@code nanos}, if positive. */
  static void sleep(long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
