package org.liandong.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of one benchmark run.
 *
 * @param events the events the store is filled to before the second round of measurements (and the
 *     backlog the publisher catches up, and the history a projection is rebuilt from)
 * @param clients the concurrent clients commands are sent from
 * @param window how long each throughput and latency measurement runs
 * @param rawRecords the records sent and read for the raw Kafka figures
 * @param peerEvents the events the one-at-a-time peer publishes
 * @param probes the commands timed from acknowledgement to the department view
 * @param readers the concurrent readers of the views
 * @param mongoUri a MongoDB to run against instead of the embedded one, or null
 * @param kafkaBootstrapServers a Kafka cluster to run against instead of the embedded one, or null
 * @param output where the JSON results (and plots) are written
 * @param charts whether to draw the plots
 */
record BenchmarkSettings(
    int events,
    List<Integer> clients,
    Duration window,
    int rawRecords,
    int peerEvents,
    int probes,
    int readers,
    String mongoUri,
    String kafkaBootstrapServers,
    Path output,
    boolean charts) {

  /** A whole run: the sizes issue 6 asks for. */
  static BenchmarkSettings full() {
    return new BenchmarkSettings(
        100_000,
        List.of(1, 8, 32),
        Duration.ofSeconds(10),
        100_000,
        5_000,
        200,
        50,
        null,
        null,
        Path.of("benchmarks", "results"),
        true);
  }

  /** Tiny sizes, for the test that keeps the benchmark from rotting. */
  static BenchmarkSettings smoke(Path output) {
    return new BenchmarkSettings(
        300, List.of(1, 2), Duration.ofMillis(500), 500, 50, 5, 4, null, null, output, false);
  }

  /**
   * The full run, changed by {@code --events=1000000}, {@code --clients=1,8,32}, {@code
   * --window=10s}, {@code --mongo-uri=...}, {@code --kafka=...}, {@code --output=...}, {@code
   * --no-charts}.
   */
  static BenchmarkSettings from(String[] args) {
    BenchmarkSettings settings = full();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      String value = pair.length > 1 ? pair[1] : "";
      settings =
          switch (pair[0]) {
            case "events" -> settings.with(Integer.parseInt(value), null, null, null, null, null);
            case "clients" ->
                settings.with(
                    null,
                    Arrays.stream(value.split(",")).map(Integer::valueOf).toList(),
                    null,
                    null,
                    null,
                    null);
            case "window" ->
                settings.with(
                    null, null, Duration.parse("PT" + value.toUpperCase()), null, null, null);
            case "mongo-uri" -> settings.with(null, null, null, value, null, null);
            case "kafka" -> settings.with(null, null, null, null, value, null);
            case "output" -> settings.with(null, null, null, null, null, Path.of(value));
            case "no-charts" ->
                new BenchmarkSettings(
                    settings.events,
                    settings.clients,
                    settings.window,
                    settings.rawRecords,
                    settings.peerEvents,
                    settings.probes,
                    settings.readers,
                    settings.mongoUri,
                    settings.kafkaBootstrapServers,
                    settings.output,
                    false);
            default -> throw new IllegalArgumentException("unknown option " + arg);
          };
    }
    return settings;
  }

  private BenchmarkSettings with(
      Integer events,
      List<Integer> clients,
      Duration window,
      String mongoUri,
      String kafka,
      Path output) {
    return new BenchmarkSettings(
        events == null ? this.events : events,
        clients == null ? this.clients : clients,
        window == null ? this.window : window,
        rawRecords,
        peerEvents,
        probes,
        readers,
        mongoUri == null ? this.mongoUri : mongoUri,
        kafka == null ? this.kafkaBootstrapServers : kafka,
        output == null ? this.output : output,
        charts);
  }
}
