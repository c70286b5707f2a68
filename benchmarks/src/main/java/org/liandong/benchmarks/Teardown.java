package org.liandong.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.liandong.deploy.LocalPlatform;
import org.springframework.util.FileSystemUtils;

/**
 * Takes a benchmark platform down and removes its data folder, once: when the run closes it, or in
 * a shutdown hook when the run is stopped by its user (Ctrl-C, {@code kill}), since a stopped run
 * ends in the hooks and never reaches its {@code close}. Without the hook a stopped run left the
 * folder behind, hundreds of megabytes.
 */
final class Teardown {

  private final Thread hook = new Thread(this::takeDown, "benchmark-platform-stop");
  private final Path folder;

  /** Guarded by this. */
  private LocalPlatform platform;

  /** Guarded by this. */
  private boolean done;

  /**
   * A new data folder, removed at the latest when the JVM stops. Once the JVM is stopping it throws
   * {@link IllegalStateException} and makes none: a run stopped between two platforms starts no
   * other.
   */
  Teardown() {
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      folder = Files.createTempDirectory("liandong-bench-");
    } catch (IOException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the platform on the folder. A stop meanwhile waits for the start, so that it takes the
   * started platform down before it removes the folder the platform writes in.
   */
  synchronized LocalPlatform start(Function<Path, LocalPlatform> starting) {
    try {
      platform = starting.apply(folder);
      return platform;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException stopping) {
      // The hook is running or about to, and takes the platform down.
    }
    takeDown();
  }

  private synchronized void takeDown() {
    if (done) {
      return;
    }
    done = true;
    if (platform != null) {
      platform.close();
    }
    try {
      FileSystemUtils.deleteRecursively(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
