package org.liandong.benchmarks;

import java.util.List;

/**
 * The process run in on a platform of its own, thrown away before the measured one starts: the
 * platform's code, compiled by as many commands as the fill to a large store gives it, and then by
 * one untimed pass of the steps of a size, stays compiled in this JVM for the measured platform
 * (docs/benchmarks.md, "the JIT compilers' work counted"). The pass runs here rather than on the
 * measured platform, whose store must stay below the smallest size. Only on the embedded defaults:
 * on a MongoDB or Kafka given, it would write into their databases and topic.
 */
final class RunIn {

  /** What runs on the run-in's platform once it is filled. */
  interface Pass {
    void run(BenchmarkPlatform platform, CommandLoad load, BenchmarkSettings settings)
        throws InterruptedException;
  }

  private RunIn() {}

  /** Whether the settings ask for a run-in and allow one. */
  static boolean runs(BenchmarkSettings settings) {
    return settings.runIn() > 0
        && settings.mongoUri() == null
        && settings.kafkaBootstrapServers() == null;
  }

  /** Runs the process in, if it {@link #runs}; the events it stored, as a figure. */
  static void run(BenchmarkSettings settings, List<Figure> into, Pass pass)
      throws InterruptedException {
    if (!runs(settings)) {
      return;
    }
    try (BenchmarkPlatform platform = BenchmarkPlatform.start(settings)) {
      CommandLoad load = new CommandLoad(platform);
      load.launchCampaigns(CommandLoad.CAMPAIGNS);
      load.fillTo(settings.runIn());
      pass.run(platform, load, settings);
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
