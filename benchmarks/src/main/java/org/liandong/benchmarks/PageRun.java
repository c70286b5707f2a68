package org.liandong.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How fast the web app's pages answer on the demo data (issue 16: p95 within 200 ms): the local
 * platform as the README starts it, {@code --readers} readers, each signed in through the identity
 * provider as the office and as the police (MPS), asking for every page in turn for {@code
 * --window}. Writes {@code pages.json} into {@code --output}.
 */
final class PageRun {

  /** A page, and who asks for it. */
  record Page(String user, String path) {}

  static final List<Page> PAGES =
      List.of(
          new Page("office", "/campaigns"),
          new Page("office", "/campaigns/new"),
          new Page("office", "/campaigns/SWORD-NET-2020"),
          new Page("office", "/campaigns/SWORD-NET-2020/figures"),
          new Page("office", "/campaigns/SWORD-NET-2020/reports"),
          new Page("office", "/statistics/2020"),
          new Page("office", "/releases/REL-2020-ANNUAL"),
          new Page("office", "/typical-cases"),
          new Page("office", "/evaluations/EVAL-2020"),
          new Page("office", "/evaluations/EVAL-2020/regions/13"),
          new Page("mps", "/workspace"),
          new Page("mps", "/cases"),
          new Page("mps", "/campaigns/KUNLUN-2025/reports/new"),
          new Page("mps", "/campaigns/SWORD-NET-2020/reports/SN20-R-0001"));

  private PageRun() {}

  static void main(String[] args) throws Exception {
    int readers = 4;
    Duration window = Duration.ofSeconds(30);
    Path output = Path.of("benchmarks/results");
    for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      switch (pair[0]) {
        case "readers" -> readers = Integer.parseInt(pair[1]);
        case "window" -> window = Duration.parse("PT" + pair[1].toUpperCase());
        case "output" -> output = Path.of(pair[1]);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    Files.createDirectories(output);
    BenchmarkSettings settings = BenchmarkSettings.from(new String[] {"--output=" + output});
    Map<Page, Latencies> latencies;
    try (BenchmarkPlatform platform = BenchmarkPlatform.startWithWebApp(settings)) {
      platform.awaitProjections();
      latencies = measure(platform.platform().webAddress().orElseThrow(), readers, window);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    System.out.printf("%-50s %-7s %7s %8s %8s %8s%n", "page", "user", "count", "p50", "p95", "p99");
    latencies.forEach(
        (page, times) -> {
          System.out.printf(
              "%-50s %-7s %7d %8.1f %8.1f %8.1f%n",
              page.path(),
              page.user(),
              times.count(),
              times.percentile(50),
              times.percentile(95),
              times.percentile(99));
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("page", page.path());
          row.put("user", page.user());
          row.put("count", times.count());
          row.put("p50Ms", times.percentile(50));
          row.put("p95Ms", times.percentile(95));
          row.put("p99Ms", times.percentile(99));
          rows.add(row);
        });
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("readers", readers);
    result.put("windowSeconds", window.toSeconds());
    result.put("machine", ReportFiles.machine());
    result.put("pages", rows);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(output.resolve("pages.json").toFile(), result);
  }

  /** Each reader signs in as each user and reads every page in turn, for the window. */
  static Map<Page, Latencies> measure(String app, int readers, Duration window)
      throws InterruptedException {
    Map<Page, Latencies> latencies = new LinkedHashMap<>();
    PAGES.forEach(page -> latencies.put(page, new Latencies()));
    List<Map<String, WebSession>> sessions = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      Map<String, WebSession> signedIn = new HashMap<>();
      PAGES.forEach(
          page ->
              signedIn
                  .computeIfAbsent(page.user(), user -> WebSession.signIn(app, user))
                  .page(page.path()));
      sessions.add(signedIn);
    }
    long end = System.nanoTime() + window.toNanos();
    List<Thread> workers = new ArrayList<>();
    List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    for (Map<String, WebSession> signedIn : sessions) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    for (Page page : PAGES) {
                      long start = System.nanoTime();
                      int status = signedIn.get(page.user()).page(page.path());
                      if (status != 200) {
                        throw new IllegalStateException(page + " answered " + status);
                      }
                      latencies.get(page).add(System.nanoTime() - start);
                    }
                  }
                } catch (RuntimeException e) {
                  failures.add(e);
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    // A reader that failed would leave figures of fewer samples that look like a whole run.
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return latencies;
  }
}
