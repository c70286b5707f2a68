package org.liandong.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The soak and the overload runs of docs/benchmarks.md, on the embedded defaults in this JVM:
 * {@code soak} (32 clients at 300 reports a second, freshness probed, 30 minutes) and {@code
 * overload} (64 clients as fast as they are answered, 10 minutes), each after a {@code --warm-up}
 * if one is asked (none by default). Each writes its minutes as JSON and its heap over time as a
 * plot into {@code --output} (default {@code benchmarks/results}).
 */
final class EnduranceRun {

  private EnduranceRun() {}

  static void main(String[] args) throws Exception {
    boolean soak = args[0].equals("soak");
    int minutes = soak ? 30 : 10;
    double rate = 300;
    Duration warmUp = Duration.ZERO;
    Path output = Path.of("benchmarks/results");
    for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      switch (pair[0]) {
        case "minutes" -> minutes = Integer.parseInt(pair[1]);
        case "rate" -> rate = Double.parseDouble(pair[1]);
        case "warm-up" -> warmUp = BenchmarkSettings.duration(pair[1]);
        case "output" -> output = Path.of(pair[1]);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    Files.createDirectories(output);
    BenchmarkSettings settings = BenchmarkSettings.from(new String[] {"--output=" + output});
    Map<String, Object> result = new LinkedHashMap<>();
    try (BenchmarkPlatform platform = BenchmarkPlatform.start(settings)) {
      Endurance endurance = new Endurance(platform);
      Endurance.Run run =
          soak
              ? endurance.run(32, rate, minutes, warmUp, true)
              : endurance.run(64, 0, minutes, warmUp, false);
      long counted = endurance.counted();
      result.put("run", args[0]);
      result.put("reportsPerSecondAsked", soak ? rate : 0);
      result.put("warmUp", warmUp.toString());
      result.put("minutes", run.minutes());
      result.put("accepted", run.accepted());
      result.put("refused", run.refused());
      result.put("failed", run.failed());
      result.put("countedInDashboards", counted);
      System.out.printf(
          "%s: %d accepted, %d refused with 503, %d failed; %d counted in the dashboards%n",
          args[0], run.accepted(), run.refused(), run.failed(), counted);
      Endurance.plotHeap(
          run.minutes(),
          args[0] + ": heap after collection",
          output.resolve(args[0] + "-heap.png"));
    }
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(output.resolve(args[0] + ".json").toFile(), result);
  }
}
