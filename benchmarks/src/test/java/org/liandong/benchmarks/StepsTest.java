package org.liandong.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A run's steps: a failed one is reported and the next one runs")
class StepsTest {

  @Test
  @DisplayName("a step past its deadline is reported failed with its reason, beside the others")
  void failedStep() throws InterruptedException {
    Steps steps = new Steps();
    steps.at(10_000);
    steps.run(
        "waiting for ever",
        into -> {
          Deadline deadline = Deadline.after(Duration.ZERO, "the impossible");
          while (true) {
            deadline.check();
          }
        });
    steps.run("measuring", into -> into.add(new Figure("rate", 5, "events/s", null, null, null)));

    List<Figure> figures = steps.figures();
    assertThat(figures).extracting(Figure::name).containsExactly("waiting for ever", "rate");
    assertThat(figures.get(0).failure()).contains("the impossible did not happen within PT0S");
    assertThat(figures).extracting(Figure::events).containsOnly(10_000);
    String table =
        ReportFiles.table(new BenchmarkRunner.Report(null, null, null, figures, List.of()));
    assertThat(table).contains("FAILED: IllegalStateException: the impossible");
  }
}
