package org.liandong.benchmarks;

import java.util.Arrays;

/** Latencies recorded from many threads, and their percentiles in milliseconds. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  synchronized void add(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  synchronized int count() {
    return count;
  }

  /** The latency below which {@code percent} of the recorded ones lie, in milliseconds. */
  synchronized double percentile(double percent) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100 * count) - 1;
    return sorted[Math.max(0, Math.min(index, count - 1))] / 1_000_000.0;
  }
}
