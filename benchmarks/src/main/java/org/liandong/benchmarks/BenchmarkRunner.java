package org.liandong.benchmarks;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every measurement of issue 6 in one JVM against one MongoDB and one Kafka, prints each
 * figure beside the limit of the part it depends on, and writes them as JSON (and plots) for later
 * comparison. Start it with {@code java -Xmx1g -jar benchmarks/target/liandong-benchmarks.jar};
 * options in {@link BenchmarkSettings#from}.
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
   * --minutes=30} for the soak's length, {@code --minutes=10} for the overload's).
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && (args[0].equals("soak") || args[0].equals("overload"))) {
      EnduranceRun.main(args);
    } else {
      Report report = run(BenchmarkSettings.from(args));
      System.out.println(ReportFiles.table(report));
    }
    System.exit(0);
  }

  static Report run(BenchmarkSettings settings) throws Exception {
    Files.createDirectories(settings.output());
    List<Figure> figures = new ArrayList<>();
    List<CommandLoad.Result> commands = new ArrayList<>();
    try (BenchmarkPlatform platform = BenchmarkPlatform.start(settings);
        MemoryWatch memory = new MemoryWatch()) {
      Publishing publishing = new Publishing(platform);
      RawFigures raw = rawLimits(platform, settings, figures);
      progress("commands, store near empty");
      CommandLoad load = new CommandLoad(platform);
      load.launchCampaigns(CommandLoad.CAMPAIGNS);
      commandRound(load, "store near empty", settings, commands);

      publishBacklog(publishing, load, settings, raw, figures);

      platform.awaitProjections();
      progress("commands, store filled");
      commandRound(load, "store filled to " + settings.events(), settings, commands);
      CommandLoad.Result reference = reference(commands, settings);
      double insertsAtConcurrency = reference.clients() >= 8 ? raw.inserts8() : raw.inserts1();
      figures.add(
          new Figure(
              "Commands, " + reference.clients() + " clients, many campaigns, filled store",
              reference.perSecond(),
              "commands/s",
              "MongoDB insertOne, " + (reference.clients() >= 8 ? 8 : 1) + " thread(s)",
              insertsAtConcurrency,
              ">= 25% (8 clients)"));
      figures.add(latency("Command latency p99, same run", reference.latencies(), 99, null));

      readFigures(platform, load, reference, settings, raw, figures);
      memoryFigures(memory, figures);
    }
    Report report =
        new Report(Instant.now(), ReportFiles.machine(), settings, figures, rows(commands));
    ReportFiles.write(report, settings.output());
    if (settings.charts()) {
      Charts.draw(commands, settings.output());
    }
    return report;
  }

  /** What the platform's parts do on their own, measured in the same run. */
  private record RawFigures(double inserts1, double inserts8, double produce, double consume) {}

  private static RawFigures rawLimits(
      BenchmarkPlatform platform, BenchmarkSettings settings, List<Figure> figures)
      throws Exception {
    Duration window = settings.window();
    progress("limits of the parts: MongoDB inserts, Kafka produce and consume");
    double inserts1 = RawLimits.mongoInserts(platform, 1, window);
    double inserts8 = RawLimits.mongoInserts(platform, 8, window);
    double[] kafka =
        RawLimits.kafka(platform.platform().kafkaBootstrapServers(), settings.rawRecords());
    figures.add(new Figure("MongoDB insertOne, 1 thread", inserts1, "docs/s", null, null, null));
    figures.add(new Figure("MongoDB insertOne, 8 threads", inserts8, "docs/s", null, null, null));
    figures.add(
        new Figure(
            "Kafka produce, acks=all, idempotent, async", kafka[0], "records/s", null, null, null));
    figures.add(new Figure("Kafka consume", kafka[1], "records/s", null, null, null));

    return new RawFigures(inserts1, inserts8, kafka[0], kafka[1]);
  }

  private static void publishBacklog(
      Publishing publishing,
      CommandLoad load,
      BenchmarkSettings settings,
      RawFigures raw,
      List<Figure> figures)
      throws Exception {
    publishing.stopPublisher();
    progress("filling the store to " + settings.events() + " events, the publisher stopped");
    load.fillTo(settings.events());
    progress("publishing the backlog, then the one-at-a-time peer");
    double publish = publishing.catchUp();
    double peer = publishing.oneAtATime(settings.peerEvents());
    figures.add(
        new Figure(
            "Publishing a backlog of " + settings.events() + " events",
            publish,
            "events/s",
            "Kafka produce, async",
            raw.produce(),
            ">= 50%"));
    figures.add(
        new Figure(
            "Publishing, against the one-at-a-time peer",
            publish,
            "events/s",
            "one-at-a-time peer",
            peer,
            ">= 10x"));
  }

  private static void readFigures(
      BenchmarkPlatform platform,
      CommandLoad load,
      CommandLoad.Result reference,
      BenchmarkSettings settings,
      RawFigures raw,
      List<Figure> figures)
      throws Exception {
    platform.awaitProjections();
    progress("freshness");
    Latencies freshness =
        new Freshness(platform, load)
            .measure(settings.probes(), reference.perSecond() / 2, Duration.ofMillis(50));
    figures.add(latency("Freshness p50, at half that rate", freshness, 50, null));
    figures.add(latency("Freshness p99, at half that rate", freshness, 99, "<= 250 ms"));

    platform.awaitProjections();
    progress("rebuild");
    double rebuild = new Rebuilds(platform).rebuild(DEPARTMENT_VIEW);
    figures.add(
        new Figure(
            "Rebuild of the department workspaces",
            rebuild,
            "events/s",
            "Kafka consume",
            raw.consume(),
            ">= 20,000 events/s"));

    progress("queries");
    Queries.Result queries = new Queries(platform).run(settings.readers(), settings.window());
    figures.add(
        latency(
            "Department workspace p50, " + settings.readers() + " readers",
            queries.workspace(),
            50,
            null));
    figures.add(latency("Department workspace p99", queries.workspace(), 99, "<= 20 ms"));
    figures.add(latency("Campaign dashboard p50", queries.dashboard(), 50, null));
    figures.add(latency("Campaign dashboard p99", queries.dashboard(), 99, "<= 20 ms"));
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

  private static void progress(String phase) {
    System.out.println(Instant.now() + " benchmark: " + phase);
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
        settings.clients().stream().filter(c -> c <= 8).max(Integer::compare).orElseThrow();
    return commands.stream()
        .filter(r -> r.round().startsWith("store filled"))
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
