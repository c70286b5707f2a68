package org.liandong.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sizes of one benchmark run.
 *
 * @param events the store sizes, ascending: the store is filled to each in turn, and the commands,
 *     the publishing of the backlog, freshness, a rebuild and the queries are measured at each
 * @param clients the concurrent clients commands are sent from
 * @param window how long each throughput and latency measurement runs
 * @param rawRecords the records sent and read for the raw Kafka figures
 * @param peerEvents the events the one-at-a-time peer publishes
 * @param probes the commands timed from acknowledgement to the department view: a thousand in a
 *     full run, so that its p99 is the tenth slowest, not the second as of 200, which one pause of
 *     the collector decided
 * @param readers the concurrent readers of the views
 * @param mongoUri a MongoDB to run against instead of the embedded one, or null
 * @param kafkaBootstrapServers a Kafka cluster to run against instead of the embedded one, or null
 * @param output where the JSON results (and plots) are written
 * @param charts whether to draw the plots
 * @param stepTimeout the longest any step may wait for the platform before it is reported failed
 * @param warmUp how long the warm-up lasts at least: one untimed pass of the steps of a size (on
 *     the run-in's platform when there is one), then the queries again, untimed, until it is over
 * @param runIn the events a platform of its own is filled to, and thrown away, before the measured
 *     one starts ({@link RunIn}); 0 for none
 */
record BenchmarkSettings(
    List<Integer> events,
    List<Integer> clients,
    Duration window,
    int rawRecords,
    int peerEvents,
    int probes,
    int readers,
    String mongoUri,
    String kafkaBootstrapServers,
    Path output,
    boolean charts,
    Duration stepTimeout,
    Duration warmUp,
    int runIn) {

  private static final Set<String> OPTIONS =
      Set.of(
          "events",
          "clients",
          "window",
          "mongo-uri",
          "kafka",
          "output",
          "no-charts",
          "step-timeout",
          "warm-up",
          "run-in");

  BenchmarkSettings {
    events = events.stream().sorted().distinct().toList();
  }

  /** A whole run: the sizes issue 13 asks for, but the million, which is run on request. */
  static BenchmarkSettings full() {
    return new BenchmarkSettings(
        List.of(10_000, 100_000),
        List.of(1, 8, 32),
        Duration.ofSeconds(10),
        100_000,
        5_000,
        1_000,
        50,
        null,
        null,
        Path.of("benchmarks", "results"),
        true,
        Duration.ofHours(1),
        Duration.ofMinutes(5),
        100_000);
  }

  /** Tiny sizes, two of them, for the test that keeps the benchmark from rotting. */
  static BenchmarkSettings smoke(Path output) {
    return new BenchmarkSettings(
        List.of(300, 600),
        List.of(1, 2),
        Duration.ofMillis(500),
        500,
        50,
        5,
        4,
        null,
        null,
        output,
        false,
        Duration.ofMinutes(3),
        Duration.ZERO,
        200);
  }

  /**
   * The full run, changed by {@code --events=10000,100000,1000000}, {@code --clients=1,8,32},
   * {@code --window=10s}, {@code --mongo-uri=...}, {@code --kafka=...}, {@code --output=...},
   * {@code --no-charts}, {@code --step-timeout=60m}, {@code --warm-up=5m}, {@code --run-in=100000}.
   */
  static BenchmarkSettings from(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      if (!OPTIONS.contains(pair[0])) {
        throw new IllegalArgumentException("unknown option " + arg);
      }
      options.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    BenchmarkSettings full = full();
    return new BenchmarkSettings(
        options.containsKey("events") ? numbers(options.get("events")) : full.events,
        options.containsKey("clients") ? numbers(options.get("clients")) : full.clients,
        options.containsKey("window") ? duration(options.get("window")) : full.window,
        full.rawRecords,
        full.peerEvents,
        full.probes,
        full.readers,
        options.get("mongo-uri"),
        options.get("kafka"),
        options.containsKey("output") ? Path.of(options.get("output")) : full.output,
        !options.containsKey("no-charts"),
        options.containsKey("step-timeout")
            ? duration(options.get("step-timeout"))
            : full.stepTimeout,
        options.containsKey("warm-up") ? duration(options.get("warm-up")) : full.warmUp,
        options.containsKey("run-in") ? Integer.parseInt(options.get("run-in")) : full.runIn);
  }

  private static List<Integer> numbers(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }

  /** {@code 10s}, {@code 60m}, {@code 2h}. */
  static Duration duration(String text) {
    return Duration.parse("PT" + text.toUpperCase());
  }
}
