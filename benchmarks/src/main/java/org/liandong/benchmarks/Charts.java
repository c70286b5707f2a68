package org.liandong.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Throughput and latency against concurrency, one line per store size and spread; and each figure
 * measured at more than one store size against the size. As PNG.
 */
final class Charts {

  private Charts() {}

  static void draw(List<CommandLoad.Result> results, List<Figure> figures, Path folder)
      throws IOException {
    drawConcurrency(results, folder);
    drawScaling(figures, "per second", unit -> unit.endsWith("/s"), folder, "scaling-rates");
    drawScaling(figures, "milliseconds", "ms"::equals, folder, "scaling-latencies");
  }

  /** Each figure of the unit against the store size, on a logarithmic axis of sizes. */
  private static void drawScaling(
      List<Figure> figures, String yAxis, Predicate<String> unit, Path folder, String file)
      throws IOException {
    XYChart chart = chart("Figures against the store size", yAxis, "stored events");
    chart.getStyler().setXAxisLogarithmic(true);
    Map<String, List<Figure>> byName = new LinkedHashMap<>();
    figures.stream()
        .filter(figure -> figure.events() != null && figure.failure() == null)
        .filter(figure -> unit.test(figure.unit()))
        .forEach(
            figure -> byName.computeIfAbsent(figure.name(), name -> new ArrayList<>()).add(figure));
    Set<List<Double>> drawn = new HashSet<>();
    byName.forEach(
        (name, line) -> {
          // A measurement set against two limits (publishing, against produce and the peer) is one
          // line.
          if (line.size() > 1 && drawn.add(line.stream().map(Figure::value).toList())) {
            chart.addSeries(
                name,
                line.stream().mapToDouble(Figure::events).toArray(),
                line.stream().mapToDouble(Figure::value).toArray());
          }
        });
    if (!chart.getSeriesMap().isEmpty()) {
      BitmapEncoder.saveBitmap(
          chart, folder.resolve(file + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static void drawConcurrency(List<CommandLoad.Result> results, Path folder)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart throughput =
        chart("Report commands: throughput", "commands per second", "concurrent clients");
    XYChart latency =
        chart("Report commands: latency (p50 and p99)", "milliseconds", "concurrent clients");
    for (String round : results.stream().map(CommandLoad.Result::round).distinct().toList()) {
      for (CommandLoad.Spread spread : CommandLoad.Spread.values()) {
        List<CommandLoad.Result> line =
            results.stream().filter(r -> r.round().equals(round) && r.spread() == spread).toList();
        if (line.isEmpty()) {
          continue;
        }
        String name = spread.name().toLowerCase().replace('_', ' ') + ", " + round;
        double[] clients = line.stream().mapToDouble(CommandLoad.Result::clients).toArray();
        throughput.addSeries(
            name, clients, line.stream().mapToDouble(CommandLoad.Result::perSecond).toArray());
        latency.addSeries(
            name + " p50",
            clients,
            line.stream().mapToDouble(r -> r.latencies().percentile(50)).toArray());
        latency.addSeries(
            name + " p99",
            clients,
            line.stream().mapToDouble(r -> r.latencies().percentile(99)).toArray());
      }
    }
    BitmapEncoder.saveBitmap(
        throughput, folder.resolve("throughput.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    BitmapEncoder.saveBitmap(
        latency, folder.resolve("latency.png").toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private static XYChart chart(String title, String yAxis, String xAxis) {
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(520)
            .title(title)
            .xAxisTitle(xAxis)
            .yAxisTitle(yAxis)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return chart;
  }
}
