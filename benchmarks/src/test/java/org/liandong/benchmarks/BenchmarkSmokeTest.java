package org.liandong.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole benchmark at tiny sizes, so that it keeps working as the platform changes. It asserts
 * that every figure was measured, never how fast: speed belongs in the benchmark's own runs.
 */
@DisplayName("The benchmark runs end to end at tiny sizes")
class BenchmarkSmokeTest {

  @Test
  @DisplayName("every figure is measured, printed beside its limit and written as JSON")
  void smoke(@TempDir Path output) throws Exception {
    BenchmarkRunner.Report report = BenchmarkRunner.run(BenchmarkSettings.smoke(output));

    assertThat(report.figures()).allSatisfy(figure -> assertThat(figure.failure()).isNull());
    // the run-in, 4 limits of the parts, 13 figures at each of the 2 store sizes, 3 of memory
    assertThat(report.figures()).hasSize(1 + 4 + 2 * 13 + 3);
    assertThat(report.figures().get(0).name()).startsWith("Run-in");
    assertThat(report.figures().get(0).value()).isGreaterThanOrEqualTo(200);
    assertThat(report.figures())
        .filteredOn(figure -> figure.name().startsWith("Department workspace p99"))
        .extracting(Figure::events)
        .containsExactly(300, 600);
    assertThat(report.figures())
        .filteredOn(figure -> figure.name().startsWith("JIT compilers at work"))
        .extracting(Figure::events)
        .containsExactly(300, 600);
    assertThat(report.figures())
        .allSatisfy(figure -> assertThat(figure.value()).isFinite().isNotNegative());
    assertThat(report.figures())
        .filteredOn(figure -> figure.unit().endsWith("/s"))
        .allSatisfy(figure -> assertThat(figure.value()).isPositive());
    assertThat(report.figures())
        .filteredOn(figure -> figure.limitValue() != null)
        .allSatisfy(figure -> assertThat(figure.ratio()).isPositive());
    // 2 client counts x 2 spreads at each of the 2 sizes; the warm-up's rounds are not among them
    assertThat(report.commands()).hasSize(2 * 2 * 2);

    JsonNode json = new ObjectMapper().readTree(output.resolve("benchmark.json").toFile());
    assertThat(json.path("figures")).hasSize(report.figures().size());
    assertThat(json.path("machine").path("cores").asInt()).isPositive();
    assertThat(json.path("machine").path("jvmArguments").isArray()).isTrue();
    assertThat(json.path("machine").path("flushesIdleCompiledCode").isBoolean()).isTrue();
    String table = ReportFiles.table(report);
    report.figures().forEach(figure -> assertThat(table).contains(figure.name()));
  }
}
