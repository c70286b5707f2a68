package org.liandong.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** Throughput and latency against concurrency, one line per store size and spread, as PNG. */
final class Charts {

  private Charts() {}

  static void draw(List<CommandLoad.Result> results, Path folder) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart throughput = chart("Report commands: throughput", "commands per second");
    XYChart latency = chart("Report commands: latency (p50 and p99)", "milliseconds");
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

  private static XYChart chart(String title, String yAxis) {
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(520)
            .title(title)
            .xAxisTitle("concurrent clients")
            .yAxisTitle(yAxis)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return chart;
  }
}
