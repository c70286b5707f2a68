package org.liandong.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers of the department workspace and of a campaign dashboard, all at once; then as many
 * readers of a view that reads no stored data, the floor under any read of this stack.
 */
final class Queries {

  /**
   * @param floor the reference data's units: an authenticated read of the query side that touches
   *     neither the store nor a projection, so what is left is the cost of the request itself
   *     (Tomcat, Spring Security and the bearer token, Spring MVC, Jackson, the client) with as
   *     many readers on the same cores
   */
  record Result(Latencies workspace, Latencies dashboard, Latencies floor) {

    /**
     * The p50 and p99 of each view, the p99 beside the floor's; and the reads answered a second,
     * both views together, beside the floor's: with readers that ask again at once, what a read
     * costs the machine (its cores over this), which the latencies are a multiple of.
     */
    List<Figure> figures(int readers, Duration window) {
      double seconds = window.toMillis() / 1000.0;
      double floorP99 = floor.percentile(99);
      String floorName = "a read of no stored data, p99";
      return List.of(
          new Figure(
              "Department workspace p50, " + readers + " readers",
              workspace.percentile(50),
              "ms",
              null,
              null,
              null),
          new Figure(
              "Department workspace p99",
              workspace.percentile(99),
              "ms",
              floorName,
              floorP99,
              "<= 20 ms"),
          new Figure("Campaign dashboard p50", dashboard.percentile(50), "ms", null, null, null),
          new Figure(
              "Campaign dashboard p99",
              dashboard.percentile(99),
              "ms",
              floorName,
              floorP99,
              "<= 20 ms"),
          new Figure(
              "Reads, " + readers + " readers",
              (workspace.count() + dashboard.count()) / seconds,
              "reads/s",
              "reads of no stored data",
              floor.count() / seconds,
              null));
    }
  }

  /** What a reader asks for, and whether as the department (else as the office). */
  private record View(String path, boolean asDepartment) {}

  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final View WORKSPACE = new View("/departments/MPS", true);
  private static final View NO_STORED_DATA = new View("/reference/units", true);

  private final BenchmarkPlatform platform;

  Queries(BenchmarkPlatform platform) {
    this.platform = platform;
  }

  /**
   * The readers for the window, after an untimed pass of the same length (at most {@link
   * #WARM_UP}): added before the run had a warm-up of its own, and kept so that these figures
   * compare with the runs before it. The floor's readers follow, in the same way.
   */
  Result run(int readers, Duration window) throws InterruptedException {
    View dashboard = new View("/campaigns/" + CommandLoad.campaign(0), false);
    List<Latencies> timed = warmedUp(readers, List.of(WORKSPACE, dashboard), window);
    Latencies floor = warmedUp(readers, List.of(NO_STORED_DATA), window).get(0);
    return new Result(timed.get(0), timed.get(1), floor);
  }

  private List<Latencies> warmedUp(int readers, List<View> views, Duration window)
      throws InterruptedException {
    read(readers, views, window.compareTo(WARM_UP) < 0 ? window : WARM_UP);
    return read(readers, views, window);
  }

  /**
   * The readers take the views in turn; each asks for its view, again as soon as it is answered,
   * for the window.
   *
   * @return the latencies of the answers with 200, one per view, in the views' order
   */
  private List<Latencies> read(int readers, List<View> views, Duration window)
      throws InterruptedException {
    List<Latencies> latencies = views.stream().map(view -> new Latencies()).toList();
    long end = System.nanoTime() + window.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      View view = views.get(r % views.size());
      Latencies into = latencies.get(r % views.size());
      Thread worker =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  if (platform.read(view.path(), view.asDepartment()).statusCode() == 200) {
                    into.add(System.nanoTime() - start);
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return latencies;
  }
}
