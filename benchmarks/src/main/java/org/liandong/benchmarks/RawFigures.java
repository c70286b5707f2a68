package org.liandong.benchmarks;

import java.time.Duration;
import java.util.List;

/** What the platform's parts do on their own, measured in the same run; 0 until measured. */
final class RawFigures {
  private double inserts1;
  private double inserts8;
  private double produce;
  private double consume;

  void measure(BenchmarkPlatform platform, BenchmarkSettings settings, List<Figure> into)
      throws Exception {
    Duration window = settings.window();
    inserts1 = RawLimits.mongoInserts(platform, 1, window);
    inserts8 = RawLimits.mongoInserts(platform, 8, window);
    double[] kafka =
        RawLimits.kafka(
            platform.platform().kafkaBootstrapServers(),
            settings.rawRecords(),
            platform.deadline("reading back the raw Kafka records"));
    produce = kafka[0];
    consume = kafka[1];
    into.add(new Figure("MongoDB insertOne, 1 thread", inserts1, "docs/s", null, null, null));
    into.add(new Figure("MongoDB insertOne, 8 threads", inserts8, "docs/s", null, null, null));
    into.add(
        new Figure(
            "Kafka produce, acks=all, idempotent, async", produce, "records/s", null, null, null));
    into.add(new Figure("Kafka consume", consume, "records/s", null, null, null));
  }

  double inserts1() {
    return inserts1;
  }

  double inserts8() {
    return inserts8;
  }

  double produce() {
    return produce;
  }

  double consume() {
    return consume;
  }
}
