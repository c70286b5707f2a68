package org.liandong.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by its user (Ctrl-C, {@code kill}) removes its platform's data folder, as a run
 * that ends does: a stopped run once left 330 MB behind in the temporary folder.
 */
@DisplayName("A benchmark run stopped with SIGTERM leaves no data behind")
class InterruptedRunTest {

  /** Printed once the run-in's platform is up and filled, while its steps run. */
  private static final String RUN_IN_FILLED = "warm-up: commands";

  @Test
  @DisplayName("the platform's data folder is removed when the run is stopped mid-step")
  void stoppedRunRemovesItsData(@TempDir Path folder) throws Exception {
    Path temporaryFiles = Files.createDirectories(folder.resolve("tmp"));
    Path log = folder.resolve("run.log");
    Process run =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + temporaryFiles,
                    "-cp",
                    System.getProperty("java.class.path"),
                    BenchmarkRunner.class.getName(),
                    "--events=100000",
                    "--run-in=300",
                    "--clients=1",
                    "--window=10s",
                    "--no-charts",
                    "--output=" + folder.resolve("results")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                if (!run.isAlive()) {
                  throw new IllegalStateException(
                      "the run ended by itself:\n" + Files.readString(log));
                }
                return Files.readString(log).contains(RUN_IN_FILLED);
              });
      assertThat(platformFolders(temporaryFiles)).hasSize(1);

      run.destroy();

      assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the run ended on SIGTERM").isTrue();
      assertThat(platformFolders(temporaryFiles)).as("%s", Files.readString(log)).isEmpty();
    } finally {
      run.destroyForcibly();
    }
  }

  private static List<Path> platformFolders(Path temporaryFiles) throws IOException {
    try (Stream<Path> files = Files.list(temporaryFiles)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("liandong-bench-"))
          .toList();
    }
  }
}
