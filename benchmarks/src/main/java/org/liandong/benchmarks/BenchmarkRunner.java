package org.liandong.benchmarks;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every measurement of issues 6 and 13 in one JVM against one MongoDB and one Kafka, at each
 * store size in turn, prints each figure beside the limit of the part it depends on, and writes
 * them as JSON (and plots, among them each figure against the store size) for later comparison.
 * Start it with {@code java -Xmx1g -jar benchmarks/target/liandong-benchmarks.jar}; options in
 * {@link BenchmarkSettings#from}.
 */
public final class BenchmarkRunner {

  private static final String DEPARTMENT_VIEW = "department_workspaces";

  private BenchmarkRunner() {}

  /** What a run measured. */
  record Report(
      Instant date,
      Map<String, Object> machine,
      BenchmarkSettings settings,
      List<Figure> figures,
      List<Map<String, Object>> commands) {}

  /**
   * The full run; or, with {@code soak} or {@code overload} first, that endurance run alone ({@code
   * --minutes=30} for the soak's length, {@code --minutes=10} for the overload's); or, with {@code
   * pages} first, the web app's pages on the demo data ({@link PageRun}).
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && (args[0].equals("soak") || args[0].equals("overload"))) {
      EnduranceRun.main(args);
    } else if (args.length > 0 && args[0].equals("pages")) {
      PageRun.main(args);
    } else {
      Report report = run(BenchmarkSettings.from(args));
      System.out.println(ReportFiles.table(report));
    }
    System.exit(0);
  }

  static Report run(BenchmarkSettings settings) throws Exception {
    Files.createDirectories(settings.output());
    CompilerWatch.warnIfIdleCodeFlushed();
    Steps steps = new Steps();
    steps.run("run-in", into -> RunIn.run(settings, into, BenchmarkRunner::warmUpPass));
    List<CommandLoad.Result> commands = new ArrayList<>();
    try (BenchmarkPlatform platform = BenchmarkPlatform.start(settings);
        MemoryWatch memory = new MemoryWatch()) {
      Publishing publishing = new Publishing(platform);
      CommandLoad load = new CommandLoad(platform);
      RawFigures raw = new RawFigures();
      steps.run("limits of the parts", into -> raw.measure(platform, settings, into));
      steps.run("campaigns", into -> load.launchCampaigns(CommandLoad.CAMPAIGNS));
      warmUp(platform, load, settings);
      for (int events : settings.events()) {
        steps.at(events);
        steps.run(
            "publishing a backlog",
            into -> publishBacklog(publishing, load, events, settings, raw, into));
        sizeSteps(platform, load, settings, steps, raw, "store filled to " + events, commands);
      }
      memoryFigures(memory, steps.figures());
    }
    Report report =
        new Report(Instant.now(), ReportFiles.machine(), settings, steps.figures(), rows(commands));
    ReportFiles.write(report, settings.output());
    if (settings.charts()) {
      Charts.draw(commands, steps.figures(), settings.output());
    }
    return report;
  }

  /** Fills the store to the size with the publisher stopped; times the publisher catching up. */
  private static void publishBacklog(
      Publishing publishing,
      CommandLoad load,
      int events,
      BenchmarkSettings settings,
      RawFigures raw,
      List<Figure> into)
      throws Exception {
    publishing.stopPublisher();
    try {
      load.fillTo(events);
    } catch (RuntimeException e) {
      try {
        publishing.catchUp();
      } catch (RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
    double publish = publishing.catchUp();
    into.add(
        new Figure(
            "Publishing a backlog",
            publish,
            "events/s",
            "Kafka produce, async",
            raw.produce(),
            ">= 50%"));
    into.add(
        new Figure(
            "Publishing, against the one-at-a-time peer",
            publish,
            "events/s",
            "one-at-a-time peer",
            publishing.oneAtATime(settings.peerEvents()),
            ">= 10x"));
  }

  /**
   * The warm-up: the steps of a size once, untimed, unless the run-in ran them on its platform;
   * then the queries alone, untimed, until the warm-up's time has passed (they send no events, so
   * the store stays below the first size). A process in its first minutes is slower at everything,
   * the read of no stored data too, which would otherwise be timed at the smallest size alone
   * (docs/benchmarks.md, "A warm-up pass, and how long the process takes to warm up").
   */
  private static void warmUp(
      BenchmarkPlatform platform, CommandLoad load, BenchmarkSettings settings)
      throws InterruptedException {
    long end = System.nanoTime() + settings.warmUp().toNanos();
    if (!RunIn.runs(settings)) {
      warmUpPass(platform, load, settings);
    }
    Steps warmUp = new Steps("warm-up");
    while (System.nanoTime() < end) {
      warmUp.run(
          "queries", into -> new Queries(platform).run(settings.readers(), settings.window()));
    }
  }

  /** The steps of a size once, untimed, their figures dropped. */
  private static void warmUpPass(
      BenchmarkPlatform platform, CommandLoad load, BenchmarkSettings settings)
      throws InterruptedException {
    Steps pass = new Steps("warm-up");
    sizeSteps(platform, load, settings, pass, new RawFigures(), "warm-up", new ArrayList<>());
  }

  /** The steps measured at each store size: the commands, freshness, a rebuild and the queries. */
  private static void sizeSteps(
      BenchmarkPlatform platform,
      CommandLoad load,
      BenchmarkSettings settings,
      Steps steps,
      RawFigures raw,
      String round,
      List<CommandLoad.Result> commands)
      throws InterruptedException {
    List<CommandLoad.Result> rounds = new ArrayList<>();
    steps.run("commands", into -> filledStore(platform, load, round, settings, raw, rounds, into));
    commands.addAll(rounds);
    steps.run(
        "freshness",
        into -> {
          double loadPerSecond = reference(rounds, settings).perSecond() / 2;
          platform.awaitProjections();
          Latencies freshness =
              new Freshness(platform, load)
                  .measure(settings.probes(), loadPerSecond, Duration.ofMillis(50));
          into.add(latency("Freshness p50, at half the command rate", freshness, 50, null));
          into.add(latency("Freshness p99, at half the command rate", freshness, 99, "<= 100 ms"));
        });
    steps.run(
        "rebuild",
        into -> {
          platform.awaitProjections();
          double rebuild = new Rebuilds(platform).rebuild(DEPARTMENT_VIEW);
          into.add(
              new Figure(
                  "Rebuild of the department workspaces",
                  rebuild,
                  "events/s",
                  "Kafka consume",
                  raw.consume(),
                  ">= 20,000 events/s"));
        });
    steps.run(
        "queries",
        into ->
            into.addAll(
                new Queries(platform)
                    .run(settings.readers(), settings.window())
                    .figures(settings.readers(), settings.window())));
  }

  /**
   * The commands on the filled store: every round, the reference run beside its limit, and how long
   * the JIT compilers worked meanwhile.
   */
  private static void filledStore(
      BenchmarkPlatform platform,
      CommandLoad load,
      String round,
      BenchmarkSettings settings,
      RawFigures raw,
      List<CommandLoad.Result> rounds,
      List<Figure> into)
      throws InterruptedException {
    platform.awaitProjections();
    CompilerWatch compilers = new CompilerWatch();
    commandRound(load, round, settings, rounds);
    CommandLoad.Result reference = reference(rounds, settings);
    boolean eight = reference.clients() >= 8;
    into.add(
        new Figure(
            "Commands, " + reference.clients() + " clients, many campaigns",
            reference.perSecond(),
            "commands/s",
            "MongoDB insertOne, " + (eight ? 8 : 1) + " thread(s)",
            eight ? raw.inserts8() : raw.inserts1(),
            ">= 25% (8 clients)"));
    into.add(latency("Command latency p99, same run", reference.latencies(), 99, null));
    into.add(compilers.figure("commands"));
  }

  private static void memoryFigures(MemoryWatch memory, List<Figure> figures) {
    figures.add(new Figure("Peak heap in use", memory.peakHeapMiB(), "MiB", null, null, null));
    figures.add(
        new Figure(
            "Peak heap after collection",
            memory.peakAfterCollectionMiB(),
            "MiB",
            "maximum heap",
            memory.maxHeapMiB(),
            "<= 1024 MiB"));
    figures.add(
        new Figure("Peak resident memory", MemoryWatch.peakResidentMiB(), "MiB", null, null, null));
  }

  private static void commandRound(
      CommandLoad load, String round, BenchmarkSettings settings, List<CommandLoad.Result> into)
      throws InterruptedException {
    for (CommandLoad.Spread spread : CommandLoad.Spread.values()) {
      for (int clients : settings.clients()) {
        into.add(load.run(round, clients, spread, settings.window()));
      }
    }
  }

  /** The run the ratios speak of: 8 clients (or the most up to 8), many campaigns, filled store. */
  private static CommandLoad.Result reference(
      List<CommandLoad.Result> commands, BenchmarkSettings settings) {
    int clients =
        settings.clients().stream()
            .filter(c -> c <= 8)
            .max(Integer::compare)
            .orElse(settings.clients().stream().min(Integer::compare).orElseThrow());
    return commands.stream()
        .filter(r -> r.spread() == CommandLoad.Spread.MANY_CAMPAIGNS && r.clients() == clients)
        .findFirst()
        .orElseThrow();
  }

  private static Figure latency(
      String name, Latencies latencies, double percentile, String target) {
    return new Figure(name, latencies.percentile(percentile), "ms", null, null, target);
  }

  private static List<Map<String, Object>> rows(List<CommandLoad.Result> commands) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CommandLoad.Result result : commands) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("round", result.round());
      row.put("clients", result.clients());
      row.put("spread", result.spread());
      row.put("storedBefore", result.storedBefore());
      row.put("perSecond", result.perSecond());
      row.put("p50ms", result.latencies().percentile(50));
      row.put("p95ms", result.latencies().percentile(95));
      row.put("p99ms", result.latencies().percentile(99));
      rows.add(row);
    }
    return rows;
  }
}
