package org.liandong.deploy;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The local launcher as a process of its own, as a user starts it, so that a test can kill it with
 * SIGKILL and start it again on the same data and ports, or run a platform of several processes.
 */
final class PlatformProcess implements AutoCloseable {

  private static final String UP = "Liandong is up";

  /** The ports of one platform, kept across its restarts. */
  record Ports(int mongo, int kafka, int kafkaController, int command, int query) {

    static Ports free() {
      return new Ports(
          FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
    }

    String commands() {
      return "http://localhost:" + command;
    }

    String queries() {
      return "http://localhost:" + query;
    }

    String mongoUri() {
      return "mongodb://127.0.0.1:" + mongo;
    }

    String kafkaBootstrapServers() {
      return "127.0.0.1:" + kafka;
    }

    /** The launcher's arguments for these ports, without demo data. */
    List<String> arguments() {
      return List.of(
          "--liandong.local.mongo-port=" + mongo,
          "--liandong.local.kafka-port=" + kafka,
          "--liandong.local.kafka-controller-port=" + kafkaController,
          "--liandong.local.command-port=" + command,
          "--liandong.local.query-port=" + query,
          "--liandong.local.demo-data=false");
    }
  }

  private final Process process;
  private final Path log;
  private final long upBefore;

  private PlatformProcess(Process process, Path log, long upBefore) {
    this.process = process;
    this.log = log;
    this.upBefore = upBefore;
  }

  /** The whole platform on {@code dataDir} and {@code ports}, once it is up. */
  static PlatformProcess start(Path dataDir, Ports ports) {
    List<String> arguments = new ArrayList<>(ports.arguments());
    arguments.add("--liandong.local.data-dir=" + dataDir);
    // The killed process's consumers hold their partitions until their sessions run out: the
    // broker's shortest session keeps each restart from waiting the default 45 s for that.
    PlatformProcess platform =
        launch(
            dataDir.resolve("platform.log"),
            List.of("-Dliandong.kafka.consumer.session.timeout.ms=6000"),
            arguments);
    platform.awaitUp();
    return platform;
  }

  /**
   * Starts the launcher with these JVM options and arguments, without waiting for it; its output is
   * appended to {@code log}.
   */
  static PlatformProcess launch(Path log, List<String> jvmOptions, List<String> arguments) {
    Path temporaryFiles = log.resolveSibling("tmp");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1");
    // A killed process removes none of its temporary files (Tomcat's folders, the identity
    // provider's key): beside its log, they go with the test's folder.
    command.add("-Djava.io.tmpdir=" + temporaryFiles);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LocalPlatform.class.getName());
    command.addAll(arguments);
    try {
      Files.createDirectories(temporaryFiles);
      long upBefore = upLines(log);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      // Should the test JVM end before a test could kill its platform, the platform ends with it.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      return new PlatformProcess(process, log, upBefore);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the launcher says every part it runs is up. */
  void awaitUp() {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    "the platform process ended with " + process.exitValue() + ", see " + log);
              }
              return upLines(log) > upBefore;
            });
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static long upLines(Path log) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(UP)).count();
    }
  }
}
