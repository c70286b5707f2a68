package org.liandong.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap in use and the heap left after the latest collection (what was still reachable), sampled
 * while the benchmark runs, and the process's resident memory at its highest, as Linux counts it
 * ({@code VmHWM}). The platform and the load it is measured under share this JVM; the load's share
 * is a few HTTP clients.
 */
final class MemoryWatch implements AutoCloseable {

  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong peakAfterCollection = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  MemoryWatch() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakHeap.accumulateAndGet(used, Math::max);
                peakAfterCollection.accumulateAndGet(afterCollection(), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  double peakHeapMiB() {
    return peakHeap.get() / (1024.0 * 1024);
  }

  double peakAfterCollectionMiB() {
    return peakAfterCollection.get() / (1024.0 * 1024);
  }

  private static long afterCollection() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage collected = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && collected != null) {
        used += collected.getUsed();
      }
    }
    return used;
  }

  /** The heap left after the latest collection of each pool, in MiB. */
  static double afterCollectionMiB() {
    return afterCollection() / (1024.0 * 1024);
  }

  double maxHeapMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024.0 * 1024);
  }

  /** The highest resident set of this process in MiB; 0 where /proc is not there. */
  static double peakResidentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
