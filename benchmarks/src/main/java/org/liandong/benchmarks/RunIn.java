package org.liandong.benchmarks;

import java.util.List;

/**
 * The process run in on a platform of its own, thrown away before the measured one starts: the
 * platform's code, compiled and profiled by as many commands as the fill to a large store gives it,
 * stays compiled in this JVM for the measured platform. Without it the smallest store was measured
 * on a process that had run a tenth of the commands of the next size, and came out the slowest at
 * everything, the read of no stored data too (docs/benchmarks.md, "The process run in on a platform
 * of its own"). Only on the embedded defaults: on a MongoDB or Kafka given, it would write into
 * their databases and topic.
 */
final class RunIn {

  private RunIn() {}

  /** Runs the process in, if the settings ask for it; the events it stored, as a figure. */
  static void run(BenchmarkSettings settings, List<Figure> into) throws InterruptedException {
    if (settings.runIn() == 0
        || settings.mongoUri() != null
        || settings.kafkaBootstrapServers() != null) {
      return;
    }
    try (BenchmarkPlatform platform = BenchmarkPlatform.start(settings)) {
      CommandLoad load = new CommandLoad(platform);
      load.launchCampaigns(CommandLoad.CAMPAIGNS);
      load.fillTo(settings.runIn());
      into.add(
          new Figure(
              "Run-in: events stored on a platform of its own, thrown away",
              platform.storedEvents(),
              "events",
              null,
              null,
              null));
    }
  }
}
