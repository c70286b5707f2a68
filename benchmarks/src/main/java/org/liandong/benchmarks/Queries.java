package org.liandong.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Readers of the department workspace and of a campaign dashboard, all at once. */
final class Queries {

  record Result(Latencies workspace, Latencies dashboard) {

    /**
     * Reads answered a second, both kinds: with readers that ask again at once, what a read costs
     * the machine (its cores over this), which the latencies are a multiple of.
     */
    Figure rate(String name, Duration window) {
      double perSecond = (workspace.count() + dashboard.count()) / (window.toMillis() / 1000.0);
      return new Figure(name, perSecond, "reads/s", null, null, null);
    }
  }

  private static final Duration WARM_UP = Duration.ofSeconds(5);

  private final BenchmarkPlatform platform;

  Queries(BenchmarkPlatform platform) {
    this.platform = platform;
  }

  /**
   * The readers for the window, after an untimed pass of the same length (at most {@link
   * #WARM_UP}): the read path is first used at the smallest store size, and the compiler's work on
   * it would otherwise be timed there and nowhere else.
   */
  Result run(int readers, Duration window) throws InterruptedException {
    read(readers, window.compareTo(WARM_UP) < 0 ? window : WARM_UP);
    return read(readers, window);
  }

  private Result read(int readers, Duration window) throws InterruptedException {
    Latencies workspace = new Latencies();
    Latencies dashboard = new Latencies();
    long end = System.nanoTime() + window.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      boolean department = r % 2 == 0;
      Thread worker =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  int status =
                      department
                          ? platform.read("/departments/MPS", true).statusCode()
                          : platform
                              .read("/campaigns/" + CommandLoad.campaign(0), false)
                              .statusCode();
                  if (status == 200) {
                    (department ? workspace : dashboard).add(System.nanoTime() - start);
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return new Result(workspace, dashboard);
  }
}
