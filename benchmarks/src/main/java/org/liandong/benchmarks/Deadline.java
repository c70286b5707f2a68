package org.liandong.benchmarks;

import java.time.Duration;

/**
 * How long a step of the run may wait for the platform. Every loop that waits for something the
 * platform does checks one, so that a run always ends: a step past its deadline fails, is reported
 * as failed in the table, and the next step runs.
 */
record Deadline(String what, Duration limit, long endNanos) {

  static Deadline after(Duration limit, String what) {
    return new Deadline(what, limit, System.nanoTime() + limit.toNanos());
  }

  boolean passed() {
    return System.nanoTime() >= endNanos;
  }

  /** Fails the step if the deadline has passed. */
  void check() {
    if (passed()) {
      throw new IllegalStateException(what + " did not happen within " + limit);
    }
  }
}
