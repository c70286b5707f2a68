package org.liandong.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What a run leaves behind: the machine it ran on, its figures as JSON and as a Markdown table. */
final class ReportFiles {

  private ReportFiles() {}

  static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put(
        "memoryMiB",
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            / (1024 * 1024));
    machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
    machine.put("flushesIdleCompiledCode", CompilerWatch.flushesIdleCode());
    return machine;
  }

  static void write(BenchmarkRunner.Report report, Path folder) throws IOException {
    new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(folder.resolve("benchmark.json").toFile(), report);
  }

  /** The figures as a table, each beside its limit and the ratio to it. */
  static String table(BenchmarkRunner.Report report) {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%-62s %9s %14s %-10s %-42s %14s %9s %s%n",
            "figure",
            "events",
            "value",
            "unit",
            "limit",
            "limit value",
            "ratio",
            "target"));
    report.figures().forEach(figure -> table.append(line(figure)));
    table.append(
        String.format(
            Locale.ROOT,
            "%nCommands:%n%-28s %8s %-15s %12s %12s %8s %8s %8s%n",
            "round",
            "clients",
            "spread",
            "stored",
            "per second",
            "p50 ms",
            "p95 ms",
            "p99 ms"));
    for (Map<String, Object> row : report.commands()) {
      table.append(
          String.format(
              Locale.ROOT,
              "%-28s %8d %-15s %12d %12.1f %8.1f %8.1f %8.1f%n",
              row.get("round"),
              row.get("clients"),
              row.get("spread"),
              row.get("storedBefore"),
              row.get("perSecond"),
              row.get("p50ms"),
              row.get("p95ms"),
              row.get("p99ms")));
    }
    return table.toString();
  }

  /** A figure's line: its value beside its limit, or why its step failed. */
  private static String line(Figure figure) {
    String events = figure.events() == null ? "" : String.valueOf(figure.events());
    if (figure.failure() != null) {
      return String.format(
          Locale.ROOT, "%-62s %9s FAILED: %s%n", figure.name(), events, figure.failure());
    }
    return String.format(
        Locale.ROOT,
        "%-62s %9s %14.1f %-10s %-42s %14s %9s %s%n",
        figure.name(),
        events,
        figure.value(),
        figure.unit(),
        figure.limit() == null ? "" : figure.limit(),
        figure.limitValue() == null ? "" : String.format(Locale.ROOT, "%.1f", figure.limitValue()),
        figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", figure.ratio()),
        figure.target() == null ? "" : figure.target());
  }
}
