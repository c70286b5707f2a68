package org.liandong.command.eventstore;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;

/**
 * The thread that takes campaigns' snapshots, instead of the command that crossed the threshold:
 * taking one reads the campaign's events since the last one and writes its whole state, and
 * campaigns that grow at the same pace cross their thresholds together, which held up every command
 * for seconds at a time under a steady load. A snapshot that finds {@value #WAITING} others waiting
 * is skipped: the campaign's next threshold takes one. Not an {@link Executor} bean itself, which
 * would take the place of Spring's task executor.
 */
final class SnapshotThread implements DisposableBean {

  private static final int WAITING = 64;

  private final ExecutorService executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(WAITING),
          task -> {
            Thread thread = new Thread(task, "liandong-snapshots");
            thread.setDaemon(true);
            return thread;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  Executor executor() {
    return executor;
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}
