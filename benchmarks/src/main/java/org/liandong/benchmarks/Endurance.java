package org.liandong.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The platform under load for many minutes, minute by minute: the soak (a steady rate from 32
 * clients: is the heap after collection flat, does anything stall, does freshness hold?) and the
 * overload (64 clients as fast as they are answered: is every request answered, accepted or refused
 * with 503, does the heap stay bounded, and is every accepted report counted once afterwards?).
 */
final class Endurance {

  /** One minute of a run. */
  record Minute(
      int minute,
      long accepted,
      long refused,
      long failed,
      double heapAfterCollectionMiB,
      double commandP99Ms,
      double commandMaxMs,
      double freshnessP99Ms) {}

  private static final Pattern REPORTS = Pattern.compile("\"totals\":\\{\"reports\":(\\d+)");

  /** A whole run: its minutes, and the answers counted once every client had stopped. */
  record Run(List<Minute> minutes, long accepted, long refused, long failed) {}

  private final BenchmarkPlatform platform;
  private final CommandLoad load;

  Endurance(BenchmarkPlatform platform) {
    this.platform = platform;
    this.load = new CommandLoad(platform);
  }

  /**
   * Clients report at {@code perSecond} in all (0: as fast as they are answered) for the given
   * minutes; freshness is probed every half second alongside when {@code probe} is set. A warm-up
   * comes first, its rate rising from a tenth of {@code perSecond} to all of it, so that the
   * measured minutes find the JIT's code compiled, as a platform long up would; its reports count
   * in the run's totals, its latencies in no minute.
   */
  Run run(int clients, double perSecond, int minutes, Duration warmUp, boolean probe)
      throws Exception {
    load.launchCampaigns(CommandLoad.CAMPAIGNS);
    Freshness freshness = probe ? new Freshness(platform, load) : null;
    if (freshness != null) {
      freshness.launchProbeCampaign();
    }
    List<Minute> result = new ArrayList<>();
    Answers answers = new Answers();
    AtomicReference<Latencies> commands = new AtomicReference<>(new Latencies());
    List<Thread> workers =
        startClients(clients, perSecond, warmUp, Duration.ofMinutes(minutes), answers, commands);
    if (!warmUp.isZero()) {
      Thread.sleep(warmUp.toMillis());
      commands.set(new Latencies());
      System.out.printf(
          "warm-up of %s: accepted %d, refused (503) %d, failed %d%n",
          warmUp, answers.accepted.get(), answers.refused.get(), answers.failed.get());
    }
    for (int minute = 1; minute <= minutes; minute++) {
      Latencies fresh =
          freshness == null
              ? sleepMinute()
              : freshness.probesFor(Duration.ofMinutes(1), Duration.ofMillis(500));
      Latencies done = commands.getAndSet(new Latencies());
      result.add(
          new Minute(
              minute,
              answers.accepted.get(),
              answers.refused.get(),
              answers.failed.get(),
              MemoryWatch.afterCollectionMiB(),
              done.percentile(99),
              done.percentile(100),
              fresh.percentile(99)));
      System.out.println(format(result.get(result.size() - 1)));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return new Run(result, answers.accepted.get(), answers.refused.get(), answers.failed.get());
  }

  /** What the clients were answered: accepted, refused with 503, anything else. */
  private record Answers(AtomicLong accepted, AtomicLong refused, AtomicLong failed) {

    Answers() {
      this(new AtomicLong(), new AtomicLong(), new AtomicLong());
    }

    void count(int status) {
      (status == 201 ? accepted : status == 503 ? refused : failed).incrementAndGet();
    }
  }

  /**
   * The clients, each reporting into one of the campaigns at its share of {@code perSecond} (on the
   * warm-up's ramp first) until the warm-up and the measured time are over.
   */
  private List<Thread> startClients(
      int clients,
      double perSecond,
      Duration warmUp,
      Duration measured,
      Answers answers,
      AtomicReference<Latencies> commands) {
    long start = System.nanoTime();
    long end = start + warmUp.toNanos() + measured.toNanos();
    long interval = perSecond > 0 ? (long) (1e9 * clients / perSecond) : 0;
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String campaign = CommandLoad.campaign(c % CommandLoad.CAMPAIGNS);
      Thread worker =
          new Thread(
              () -> {
                long next = System.nanoTime();
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  int status = answer(campaign);
                  commands.get().add(System.nanoTime() - sent);
                  answers.count(status);
                  next += (long) (interval / ramp(System.nanoTime() - start, warmUp));
                  CommandLoad.sleep(next - System.nanoTime());
                }
              });
      worker.start();
      workers.add(worker);
    }
    return workers;
  }

  /** The share of the full rate {@code elapsed} into the run: from a tenth to all of it. */
  private static double ramp(long elapsed, Duration warmUp) {
    return elapsed >= warmUp.toNanos() ? 1 : 0.1 + 0.9 * elapsed / warmUp.toNanos();
  }

  /** Reports counted in every benchmark campaign's dashboard, once the views have caught up. */
  long counted() throws InterruptedException {
    platform.awaitPublished();
    platform.awaitProjections();
    long counted = 0;
    for (int i = 0; i < CommandLoad.CAMPAIGNS; i++) {
      String body = platform.read("/campaigns/" + CommandLoad.campaign(i), false).body();
      Matcher reports = REPORTS.matcher(body);
      counted += reports.find() ? Long.parseLong(reports.group(1)) : 0;
    }
    return counted;
  }

  static String format(Minute minute) {
    return String.format(
        Locale.ROOT,
        "minute %3d: accepted %9d, refused (503) %8d, failed %6d, heap after GC %7.1f MiB,"
            + " command p99 %8.1f ms, max %8.1f ms, freshness p99 %7.1f ms",
        minute.minute(),
        minute.accepted(),
        minute.refused(),
        minute.failed(),
        minute.heapAfterCollectionMiB(),
        minute.commandP99Ms(),
        minute.commandMaxMs(),
        minute.freshnessP99Ms());
  }

  static void plotHeap(List<Minute> minutes, String title, Path file) {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(520)
            .title(title)
            .xAxisTitle("minute")
            .yAxisTitle("heap after collection, MiB")
            .build();
    chart.addSeries(
        "heap after collection",
        minutes.stream().mapToDouble(Minute::minute).toArray(),
        minutes.stream().mapToDouble(Minute::heapAfterCollectionMiB).toArray());
    try {
      BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int answer(String campaign) {
    try {
      return load.report(campaign);
    } catch (UncheckedIOException e) {
      return -1;
    }
  }

  private static Latencies sleepMinute() throws InterruptedException {
    Thread.sleep(Duration.ofMinutes(1).toMillis());
    return new Latencies();
  }
}
