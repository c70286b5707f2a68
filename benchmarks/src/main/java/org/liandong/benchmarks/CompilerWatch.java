package org.liandong.benchmarks;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long the JVM's JIT compilers worked while a step ran, beside the step's own time: the time
 * their compilations took, summed over the compiler threads (elapsed, so a compilation waiting for
 * a core counts too). The platform runs in the benchmark's JVM, and code the compilers have not
 * compiled yet runs slower: in the run of 2026-12-03 they were at it for 18 of the 20 seconds of
 * the commands at 10,000 events and under one second from 70,000 on, while the commands a second
 * rose by half (docs/benchmarks.md, "the JIT compilers' work counted"). A figure measured while
 * this one is high is partly the process warming up, not the store's size.
 */
final class CompilerWatch {

  private final long compiledMillisAtStart = compiledMillis();
  private final long startedNanos = System.nanoTime();

  /** The compilers' time since this watch started, in seconds, beside the time itself. */
  Figure figure(String step) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    return new Figure(
        "JIT compilers at work during the " + step,
        (compiledMillis() - compiledMillisAtStart) / 1000.0,
        "s",
        "the step's own time",
        seconds,
        null);
  }

  /**
   * Whether the JVM throws away compiled code that has not run for a few minutes: JDK 17's code
   * cache sweeper does ({@code UseCodeCacheFlushing}, on by default; the sweeper is gone from JDK
   * 20). The benchmark leaves whole paths idle for minutes (the commands while the warm-up reads,
   * the reads while a large store fills), and each was measured recompiling: in a run of 2026-12-03
   * the commands' code compiled on a run-in was flushed during the warm-up's reads and compiled
   * again while the smallest size was timed.
   */
  static boolean flushesIdleCode() {
    HotSpotDiagnosticMXBean hotspot =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    try {
      return hotspot != null
          && Boolean.parseBoolean(hotspot.getVMOption("UseCodeCacheFlushing").getValue());
    } catch (IllegalArgumentException noSuchOption) {
      return false;
    }
  }

  /** Says so on the console when the JVM throws idle compiled code away. */
  static void warnIfIdleCodeFlushed() {
    if (flushesIdleCode()) {
      System.out.println(
          "Warning: this JVM throws away compiled code idle for minutes, and the steps leave paths"
              + " idle that long; add -XX:-UseCodeCacheFlushing (docs/benchmarks.md, How to run)");
    }
  }

  private static long compiledMillis() {
    CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
    return compilers != null && compilers.isCompilationTimeMonitoringSupported()
        ? compilers.getTotalCompilationTime()
        : 0;
  }
}
